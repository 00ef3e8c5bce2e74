package org.steppebrief.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steppebrief.classes.ItemStatistics.Analysis;
import org.steppebrief.classes.ItemStatistics.ChoiceCount;
import org.steppebrief.classes.ItemStatistics.ItemStats;

/** Item analysis against numbers worked out by hand (the arithmetic is in the comments). */
class ItemStatisticsTest {
  static final Item Q1 =
      new Item("q1", "single-choice", "One?", List.of("A", "B", "C"), Set.of("A"), List.of("f1"));
  static final Item Q2 =
      new Item(
          "q2",
          "true-false",
          "Two?",
          List.of("True", "False"),
          Set.of("True"),
          List.of("f2", "f3"));
  static final Item Q3 = new Item("q3", "ordering", "Three?", List.of(), Set.of(), List.of("f3"));
  static final Item Q4 =
      new Item("q4", "single-choice", "Four?", List.of("X", "Y"), Set.of("Y"), List.of("f4"));
  static final Map<String, String> PASSAGES =
      Map.of("f1", "P1", "f2", "P1", "f3", "P2", "f4", "P3");

  static Mark mark(double score, String... chosen) {
    return new Mark(score, List.of(chosen));
  }

  /**
   * Five learners; q3 answered by four, q4 by nobody. Totals: L1 3, L2 1.5, L3 1, L4 1, L5 0.
   *
   * <pre>
   *        q1      q2          q3
   *   L1   1 (A)   1 (True)    1
   *   L2   1 (A)   0 (False)   0.5
   *   L3   0 (B)   1 (True)    0
   *   L4   1 (A)   0 (False)   -
   *   L5   0 (C)   0 (False)   0
   * </pre>
   */
  static Map<String, Map<String, Mark>> fiveLearners() {
    Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
    marks.put("L1", Map.of("q1", mark(1, "A"), "q2", mark(1, "True"), "q3", mark(1)));
    marks.put("L2", Map.of("q1", mark(1, "A"), "q2", mark(0, "False"), "q3", mark(0.5)));
    marks.put("L3", Map.of("q1", mark(0, "B"), "q2", mark(1, "True"), "q3", mark(0)));
    marks.put("L4", Map.of("q1", mark(1, "A"), "q2", mark(0, "False")));
    marks.put("L5", Map.of("q1", mark(0, "C"), "q2", mark(0, "False"), "q3", mark(0)));
    return marks;
  }

  static Analysis analyse(Map<String, Map<String, Mark>> marks, Item... items) {
    return ItemStatistics.analyse(List.of(items), marks, PASSAGES::get);
  }

  @Test
  void facilityIsTheMeanFractionOfTheMarksOverThoseWhoAnswered() {
    Analysis a = analyse(fiveLearners(), Q1, Q2, Q3, Q4);
    // q1: (1+1+0+1+0)/5; q2: (1+0+1+0+0)/5; q3: (1+0.5+0+0)/4, L4 not counted.
    assertThat(a.items().get(0).facility().getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(a.items().get(1).facility().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(a.items().get(2).facility().getAsDouble()).isCloseTo(0.375, within(1e-12));
    assertThat(a.items().get(2).answers()).isEqualTo(4);
  }

  @Test
  void discriminationIsPearsonOfTheQuestionAgainstTheRestOfTheAssignment() {
    Analysis a = analyse(fiveLearners(), Q1, Q2, Q3, Q4);
    // q1: x = 1,1,0,1,0; rest = total - x = 2, 0.5, 1, 0, 0. Means 0.6 and 0.7.
    // dx = .4,.4,-.6,.4,-.6; dy = 1.3,-.2,.3,-.7,-.7; Sxy = .52-.08-.18-.28+.42 = 0.40;
    // Sxx = 1.2; Syy = 1.69+.04+.09+.49+.49 = 2.8; r = 0.4 / sqrt(3.36) = 0.218218.
    assertThat(a.items().get(0).discrimination().getAsDouble()).isCloseTo(0.218218, within(1e-6));
    // q2: x = 1,0,1,0,0; rest = 2, 1.5, 0, 1, 0. Means 0.4 and 0.9.
    // dx = .6,-.4,.6,-.4,-.4; dy = 1.1,.6,-.9,.1,-.9; Sxy = .66-.24-.54-.04+.36 = 0.20;
    // Sxx = 1.2; Syy = 1.21+.36+.81+.01+.81 = 3.2; r = 0.2 / sqrt(3.84) = 0.102062.
    assertThat(a.items().get(1).discrimination().getAsDouble()).isCloseTo(0.102062, within(1e-6));
  }

  @Test
  void discriminationIsNotGivenUnderFiveAnswers() {
    Analysis a = analyse(fiveLearners(), Q1, Q2, Q3, Q4);
    assertThat(a.items().get(2).answers()).isEqualTo(4);
    assertThat(a.items().get(2).discrimination()).isEmpty();
  }

  @Test
  void aQuestionNobodyAnsweredHasNoFacilityNoDiscriminationAndZeroCounts() {
    ItemStats q4 = analyse(fiveLearners(), Q1, Q2, Q3, Q4).items().get(3);
    assertThat(q4.answers()).isZero();
    assertThat(q4.facility()).isEmpty();
    assertThat(q4.discrimination()).isEmpty();
    assertThat(q4.choices())
        .containsExactly(new ChoiceCount("X", 0, false), new ChoiceCount("Y", 0, true));
  }

  @Test
  void choiceCountsCountEveryPickWithTheRightOneMarked() {
    Analysis a = analyse(fiveLearners(), Q1, Q2, Q3, Q4);
    assertThat(a.items().get(0).choices())
        .containsExactly(
            new ChoiceCount("A", 3, true),
            new ChoiceCount("B", 1, false),
            new ChoiceCount("C", 1, false));
    assertThat(a.items().get(1).choices())
        .containsExactly(new ChoiceCount("True", 2, true), new ChoiceCount("False", 3, false));
    assertThat(a.items().get(2).choices()).isEmpty();
  }

  @Test
  void mostMissedComeFirstAndUnansweredLast() {
    assertThat(
            analyse(fiveLearners(), Q1, Q2, Q3, Q4).mostMissed().stream()
                .map(s -> s.item().questionId()))
        .containsExactly("q3", "q2", "q1", "q4");
  }

  @Test
  void wrongSharesByFactAndPassageCountAnswersToTheQuestionsCitingThem() {
    Analysis a = analyse(fiveLearners(), Q1, Q2, Q3, Q4);
    // f1 (q1): L3, L5 wrong of 5. f2 (q2): L2, L4, L5 of 5.
    // f3 (q2 and q3): 3 of 5 and L2 (0.5 is not right), L3, L5 of 4: 6 of 9.
    assertThat(a.byFact())
        .containsEntry("f1", new Share(2, 5))
        .containsEntry("f2", new Share(3, 5))
        .containsEntry("f3", new Share(6, 9))
        .doesNotContainKey("f4");
    // P1 holds f1 and f2: q1's 2 of 5 and q2's 3 of 5. P2 holds f3.
    assertThat(a.byPassage())
        .containsEntry("P1", new Share(5, 10))
        .containsEntry("P2", new Share(6, 9))
        .doesNotContainKey("P3");
    assertThat(new Share(6, 9).percent()).isEqualTo(67);
  }

  @Test
  void aQuestionCitingTwoFactsOfOnePassageCountsOnceForIt() {
    Item both =
        new Item(
            "q", "true-false", "?", List.of("True", "False"), Set.of("True"), List.of("f1", "f2"));
    Analysis a =
        analyse(
            Map.of("L1", Map.of("q", mark(0, "False")), "L2", Map.of("q", mark(1, "True"))), both);
    assertThat(a.byPassage()).containsEntry("P1", new Share(1, 2));
    assertThat(a.byFact())
        .containsEntry("f1", new Share(1, 2))
        .containsEntry("f2", new Share(1, 2));
  }

  @Test
  void everyoneRightGivesFacilityOneAndNoDiscrimination() {
    Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      marks.put(
          "L" + i, Map.of("q1", mark(1, "A"), "q2", mark(i % 2, i % 2 == 1 ? "True" : "False")));
    }
    Analysis a = analyse(marks, Q1, Q2);
    assertThat(a.items().get(0).facility().getAsDouble()).isEqualTo(1.0);
    // Every q1 mark is 1: no variance, so no correlation (not 0, not NaN).
    assertThat(a.items().get(0).discrimination()).isEmpty();
    assertThat(a.byFact()).containsEntry("f1", new Share(0, 6));
  }

  @Test
  void noDiscriminationWhenTheRestOfTheAssignmentDoesNotVary() {
    Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      marks.put("L" + i, Map.of("q1", mark(i % 2, i % 2 == 1 ? "A" : "B"), "q2", mark(1, "True")));
    }
    assertThat(analyse(marks, Q1, Q2).items().get(0).discrimination()).isEmpty();
  }

  @Test
  void aSingleLearnerGetsFacilityButNoDiscrimination() {
    Analysis a = analyse(Map.of("L1", Map.of("q1", mark(1, "A"), "q2", mark(0, "False"))), Q1, Q2);
    assertThat(a.items().get(0).facility().getAsDouble()).isEqualTo(1.0);
    assertThat(a.items().get(1).facility().getAsDouble()).isEqualTo(0.0);
    assertThat(a.items()).allSatisfy(s -> assertThat(s.discrimination()).isEmpty());
  }

  @Test
  void noLearnersAtAllGivesEmptyStatistics() {
    Analysis a = analyse(Map.of(), Q1);
    assertThat(a.items().get(0).answers()).isZero();
    assertThat(a.byFact()).isEmpty();
  }

  @Test
  void perfectlyDiscriminatingQuestionHasIndexOne() {
    // Five learners: q1 right exactly for those who got q2 right; rest = q2's mark.
    Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      int m = i < 2 ? 1 : 0;
      marks.put(
          "L" + i,
          Map.of("q1", mark(m, m == 1 ? "A" : "B"), "q2", mark(m, m == 1 ? "True" : "False")));
    }
    assertThat(analyse(marks, Q1, Q2).items().get(0).discrimination().getAsDouble())
        .isCloseTo(1.0, within(1e-12));
  }
}
