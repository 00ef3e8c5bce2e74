package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;

/** The generators run over the library the project ships (tests run in the project folder). */
class ShippedLibraryGenerationTest {
  private static Library library;
  private static List<Question> generated;

  @BeforeAll
  static void load() {
    library = LibraryLoader.load(Path.of(".")).library();
    generated = QuestionGenerator.generate(library);
  }

  @Test
  void generatesEveryKindOfQuestion() {
    assertThat(generated)
        .anyMatch(q -> q.id().startsWith("gen-year-"))
        .anyMatch(q -> q.id().startsWith("gen-said-by-"))
        .anyMatch(q -> q.id().startsWith("gen-order-"));
  }

  @Test
  void everyGeneratedQuestionIsWellFormed() {
    GeneratedQuestionChecks.assertWellFormed(library, generated);
  }

  @Test
  void noGeneratedDistractorIsTrueUnderAnotherFact() {
    GeneratedQuestionChecks.assertNoDistractorIsTrue(library, generated);
  }

  @Test
  void generationIsReproducible() {
    Library again = LibraryLoader.load(Path.of(".")).library();
    assertThat(QuestionGenerator.generate(again)).isEqualTo(generated);
  }

  @Test
  void aQuizDrawnFromTheWholeBankIsReproducibleAndClashFree() {
    List<Question> bank =
        java.util.stream.Stream.concat(library.questions().stream(), generated.stream()).toList();
    QuizDraw.QuizRequest request =
        new QuizDraw.QuizRequest(java.util.Set.of(), java.util.Set.of(), 40, true);
    List<Question> drawn = QuizDraw.draw(bank, request, 2024);
    assertThat(drawn)
        .hasSize(40)
        .doesNotHaveDuplicates()
        .isEqualTo(QuizDraw.draw(bank, request, 2024));
    assertThat(drawn.stream().map(q -> q.type() + " " + q.info().factIds().get(0)))
        .doesNotHaveDuplicates();
  }

  @Test
  void asksWhoHoldsAViewOnlyOfViewsASourceReportsFromOthers() {
    var facts = library.factsById();
    List<Question> holderQuestions =
        generated.stream().filter(q -> q.id().startsWith("gen-said-by-")).toList();
    assertThat(holderQuestions).isNotEmpty();
    for (Question q : holderQuestions) {
      var fact = facts.get(q.info().factIds().get(0));
      String authors = library.source(fact.sourceId()).orElseThrow().authors().joined();
      assertThat(((Question.SingleChoice) q).answer()).as(q.id()).isNotEqualTo(authors);
    }
  }
}
