package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steppebrief.quiz.QuizFixtures.info;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.quiz.QuizDraw.QuizRequest;

class QuizDrawTest {
  /** A true-false question on its own fact, so no two clash unless a test wants them to. */
  private static Question tf(String id, String topic) {
    return new Question.TrueFalse(info(id, topic, "fact-" + id), true);
  }

  private static Question tf(String id, String topic, String fact) {
    return new Question.TrueFalse(info(id, topic, fact), true);
  }

  private static Question sc(String id, String topic, String fact) {
    return new Question.SingleChoice(info(id, topic, fact), List.of("a", "b"), "a");
  }

  /** Topics a, b, c with 10, 10 and 3 questions. */
  private static List<Question> bank() {
    List<Question> bank = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bank.add(tf("a-" + i, "a"));
      bank.add(tf("b-" + i, "b"));
    }
    for (int i = 0; i < 3; i++) {
      bank.add(tf("c-" + i, "c"));
    }
    return bank;
  }

  private static QuizRequest all(int count) {
    return new QuizRequest(Set.of(), Set.of(), count, true);
  }

  private static Map<String, Long> perTopic(List<Question> drawn) {
    return drawn.stream()
        .collect(Collectors.groupingBy(q -> q.info().topicId(), Collectors.counting()));
  }

  @Test
  void drawsTheRequestedNumberWithoutRepeats() {
    List<Question> drawn = QuizDraw.draw(bank(), all(9), 1);
    assertThat(drawn).hasSize(9).doesNotHaveDuplicates();
  }

  @Test
  void drawsEverythingThatQualifiesWhenThereIsTooLittle() {
    List<Question> drawn = QuizDraw.draw(bank(), all(100), 1);
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(bank());
  }

  @Test
  void sameBankRequestAndSeedGiveTheSameList() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(QuizDraw.draw(bank(), all(7), seed))
          .isEqualTo(QuizDraw.draw(bank(), all(7), seed));
    }
  }

  @Test
  void drawDoesNotDependOnTheBanksOrder() {
    List<Question> shuffled = new ArrayList<>(bank());
    Collections.shuffle(shuffled, new Random(5));
    assertThat(QuizDraw.draw(shuffled, all(7), 11)).isEqualTo(QuizDraw.draw(bank(), all(7), 11));
  }

  @Test
  void differentSeedsGiveDifferentQuizzes() {
    Set<List<String>> quizzes = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      quizzes.add(QuizDraw.draw(bank(), all(5), seed).stream().map(Question::id).toList());
    }
    assertThat(quizzes.size()).isGreaterThan(15);
  }

  @Test
  void spreadsQuestionsAcrossTopicsAsEvenlyAsPossible() {
    for (long seed = 0; seed < 50; seed++) {
      Map<String, Long> counts = perTopic(QuizDraw.draw(bank(), all(8), seed));
      assertThat(counts.keySet()).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(Collections.max(counts.values()) - Collections.min(counts.values()))
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void aTopicThatRunsOutLeavesTheRestToTheOthers() {
    for (long seed = 0; seed < 20; seed++) {
      Map<String, Long> counts = perTopic(QuizDraw.draw(bank(), all(15), seed));
      assertThat(counts).containsEntry("c", 3L).containsEntry("a", 6L).containsEntry("b", 6L);
    }
  }

  @Test
  void drawsOnlyTheChosenTopicsAndTypes() {
    List<Question> bank = new ArrayList<>(bank());
    bank.add(sc("a-sc", "a", "fact-a-sc"));
    bank.add(sc("c-sc", "c", "fact-c-sc"));
    List<Question> drawn =
        QuizDraw.draw(
            bank,
            new QuizRequest(Set.of("a", "c"), Set.of(QuestionType.SINGLE_CHOICE), 10, true),
            3);
    assertThat(drawn).extracting(Question::id).containsExactlyInAnyOrder("a-sc", "c-sc");
    assertThat(QuizDraw.draw(bank, new QuizRequest(Set.of("c"), Set.of(), 10, true), 3))
        .extracting(q -> q.info().topicId())
        .containsOnly("c")
        .hasSize(4);
  }

  @Test
  void generatedQuestionsAreDrawnOnlyWhenAskedFor() {
    List<Question> bank = List.of(tf("hand", "a"), tf("gen-year-x", "a"), tf("gen-order-a", "a"));
    assertThat(QuizDraw.draw(bank, new QuizRequest(Set.of(), Set.of(), 10, false), 1))
        .extracting(Question::id)
        .containsExactly("hand");
    assertThat(QuizDraw.draw(bank, all(10), 1)).hasSize(3);
  }

  @Test
  void aRepeatedIdIsDrawnOnce() {
    List<Question> bank = List.of(tf("q", "a"), tf("q", "a"), tf("r", "a"));
    assertThat(QuizDraw.draw(bank, all(10), 1))
        .extracting(Question::id)
        .containsExactlyInAnyOrder("q", "r");
  }

  @Test
  void atMostOneQuestionPerTypeAndFirstFact() {
    List<Question> bank =
        List.of(
            tf("one", "a", "shared"),
            tf("two", "b", "shared"),
            sc("three", "a", "shared"),
            tf("four", "a", "other"));
    for (long seed = 0; seed < 30; seed++) {
      List<String> ids = QuizDraw.draw(bank, all(10), seed).stream().map(Question::id).toList();
      assertThat(ids).hasSize(3).contains("three", "four");
      assertThat(ids.contains("one") ^ ids.contains("two")).isTrue();
    }
  }

  @Test
  void generatedQuestionNeverRepeatsAHandWrittenOneOnTheSameFact() {
    List<Question> bank =
        List.of(
            sc("hand", "a", "pfp-1994"),
            sc("gen-year-pfp-1994", "a", "pfp-1994"),
            sc("gen-year-ipap-2006", "a", "ipap-2006"));
    for (long seed = 0; seed < 30; seed++) {
      assertThat(QuizDraw.draw(bank, all(10), seed))
          .extracting(Question::id)
          .containsExactlyInAnyOrder("hand", "gen-year-ipap-2006");
    }
    // Without the hand-written question the generated one is drawn.
    assertThat(QuizDraw.draw(bank.subList(1, 3), all(10), 1)).hasSize(2);
  }

  @Test
  void countZeroDrawsNothingAndANegativeCountIsRefused() {
    assertThat(QuizDraw.draw(bank(), all(0), 1)).isEmpty();
    assertThat(QuizDraw.draw(List.of(), all(5), 1)).isEmpty();
    assertThatThrownBy(() -> all(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void drawnOrderMixesTopics() {
    // The last step shuffles, so the topics do not simply take turns in a fixed cycle.
    Set<String> firstTopics = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      List<Question> drawn = QuizDraw.draw(bank(), all(6), seed);
      firstTopics.add(
          drawn.stream()
              .limit(3)
              .map(q -> q.info().topicId())
              .sorted()
              .collect(Collectors.joining()));
    }
    assertThat(firstTopics.size()).isGreaterThan(1);
  }
}
