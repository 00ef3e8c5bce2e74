package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppebrief.quiz.QuizFixtures.dated;
import static org.steppebrief.quiz.QuizFixtures.library;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

class QuestionBankTest {
  private final Library library =
      library(
          List.of(
              dated("a", "t", 1994, "A happened in 1994."),
              dated("b", "t", 2006, "B happened in 2006."),
              dated("c", "t", 2010, "C happened in 2010."),
              dated("d", "t", 2014, "D happened in 2014.")));

  @Test
  void aLibraryHasOneBankMadeOnceOfItsOwnAndItsGeneratedQuestions() {
    QuestionBank bank = QuestionBank.of(library);
    assertThat(QuestionBank.of(library)).isSameAs(bank);
    assertThat(bank.generated()).isEqualTo(QuestionGenerator.generate(library)).isNotEmpty();
    assertThat(bank.all()).containsExactlyElementsOf(bank.generated());
    for (Question q : bank.all()) {
      assertThat(bank.question(q.id())).containsSame(q);
    }
    assertThat(bank.question("no-such-question")).isEmpty();
  }
}
