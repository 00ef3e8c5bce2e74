package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.steppebrief.quiz.QuizFixtures.cloze;
import static org.steppebrief.quiz.QuizFixtures.matching;
import static org.steppebrief.quiz.QuizFixtures.multi;
import static org.steppebrief.quiz.QuizFixtures.ordering;
import static org.steppebrief.quiz.QuizFixtures.shortAnswer;
import static org.steppebrief.quiz.QuizFixtures.single;
import static org.steppebrief.quiz.QuizFixtures.trueFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.steppebrief.content.Question;

class GraderTest {
  private static double score(Question q, Response r) {
    return Grader.grade(q, r).score();
  }

  @Nested
  class SingleChoiceAndTrueFalse {
    private final Question.SingleChoice usa =
        single("The United States", "Russia", "The United States", "China");

    @Test
    void singleChoiceRightChoiceScoresOne() {
      Grade grade = Grader.grade(usa, new Response.Choice("The United States"));
      assertThat(grade).isEqualTo(new Grade(1.0, true, "The United States"));
    }

    @Test
    void singleChoiceWrongChoiceScoresZeroAndShowsTheAnswer() {
      assertThat(Grader.grade(usa, new Response.Choice("Russia")))
          .isEqualTo(new Grade(0.0, false, "The United States"));
    }

    @Test
    void singleChoiceComparesTheChoiceTextExactly() {
      assertThat(score(usa, new Response.Choice("the united states"))).isZero();
      assertThat(score(usa, new Response.Choice(null))).isZero();
    }

    @Test
    void trueFalseScoresOneOnlyForTheRightValue() {
      assertThat(Grader.grade(trueFalse(true), new Response.Truth(true)))
          .isEqualTo(new Grade(1.0, true, "true"));
      assertThat(Grader.grade(trueFalse(false), new Response.Truth(true)))
          .isEqualTo(new Grade(0.0, false, "false"));
    }
  }

  static Stream<Arguments> everyTypeWithAWrongShape() {
    return Stream.of(
        Arguments.of(single("a", "a", "b"), new Response.Choices(Set.of("a"))),
        Arguments.of(single("a", "a", "b"), new Response.Text("a")),
        Arguments.of(multi(List.of("a"), "a", "b", "c"), new Response.Choice("a")),
        Arguments.of(trueFalse(true), new Response.Choice("true")),
        Arguments.of(ordering("a", "b", "c"), new Response.Blanks(List.of("a", "b", "c"))),
        Arguments.of(matching("x", "1", "y", "2"), new Response.Order(List.of("1", "2"))),
        Arguments.of(shortAnswer("a"), new Response.Choice("a")),
        Arguments.of(cloze("{{a}} and {{b}}"), new Response.Text("a b")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyTypeWithAWrongShape")
  void responseOfTheWrongShapeScoresZero(Question q, Response wrongShape) {
    assertThat(Grader.grade(q, wrongShape).score()).isZero();
    assertThat(Grader.grade(q, new Response.Blank()).score()).isZero();
    assertThat(Grader.grade(q, new Response.Blank()).correct()).isFalse();
  }

  @Nested
  class MultiChoice {
    private final Question.MultiChoice years =
        multi(List.of("1994", "2006"), "1994", "2002", "2006", "2010");

    private double picking(String... picks) {
      return score(years, new Response.Choices(Set.of(picks)));
    }

    @Test
    void allRightAndNoneWrongScoresOne() {
      assertThat(Grader.grade(years, new Response.Choices(Set.of("1994", "2006"))))
          .isEqualTo(new Grade(1.0, true, "1994; 2006"));
    }

    @Test
    void multiChoiceGivesCreditPerRightChoiceLessWrongOnes() {
      assertThat(picking("1994")).isEqualTo(0.5);
      assertThat(picking("1994", "2006", "2002")).isEqualTo(0.5);
      assertThat(picking("1994", "2002")).isZero();
    }

    @Test
    void multiChoiceNeverScoresBelowZero() {
      assertThat(picking("2002", "2010")).isZero();
      assertThat(picking("1994", "2002", "2010")).isZero();
      assertThat(picking()).isZero();
    }

    @Test
    void pickingEverythingIsNotFullCredit() {
      assertThat(picking("1994", "2002", "2006", "2010")).isZero();
    }

    @Test
    void aPickThatIsNotAChoiceCountsAsWrong() {
      assertThat(picking("1994", "2006", "1812")).isEqualTo(0.5);
    }
  }

  @Nested
  class Ordering {
    private final Question.Ordering three = ordering("1994", "2002", "2006");

    private double ordered(Question.Ordering q, String... items) {
      return score(q, new Response.Order(List.of(items)));
    }

    @Test
    void correctOrderScoresOneAndShowsTheArrowedOrder() {
      assertThat(Grader.grade(three, new Response.Order(List.of("1994", "2002", "2006"))))
          .isEqualTo(new Grade(1.0, true, "1994 → 2002 → 2006"));
    }

    @Test
    void orderingGivesPartialCreditPerPair() {
      // (1994, 2002) wrong, (1994, 2006) right, (2002, 2006) right.
      assertThat(ordered(three, "2002", "1994", "2006")).isCloseTo(2.0 / 3, within(1e-12));
      // Only (2002, 2006) kept.
      assertThat(ordered(three, "2002", "2006", "1994")).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(ordered(three, "2006", "2002", "1994")).isZero();
    }

    @Test
    void orderingCountsAllSixPairsOfFourItems() {
      Question.Ordering four = ordering("a", "b", "c", "d");
      // Swapping the middle two breaks one pair of six.
      assertThat(ordered(four, "a", "c", "b", "d")).isCloseTo(5.0 / 6, within(1e-12));
      // Swapping the ends breaks (a,b) (a,c) (a,d) (b,d) (c,d).
      assertThat(ordered(four, "d", "b", "c", "a")).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void missingItemMakesEveryPairItIsInWrong() {
      // Only (1994, 2002) can be judged, and it is right.
      assertThat(ordered(three, "1994", "2002")).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(ordered(three)).isZero();
    }

    @Test
    void repeatedItemCountsAtItsFirstPlaceOnly() {
      assertThat(ordered(three, "1994", "2002", "1994", "2006")).isEqualTo(1.0);
      assertThat(ordered(three, "2002", "1994", "2002", "2006")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void textsThatAreNotItemsAreIgnored() {
      assertThat(ordered(three, "1812", "1994", "2002", "x", "2006")).isEqualTo(1.0);
    }
  }

  @Nested
  class Matching {
    private final Question.Matching q = matching("PfP", "1994", "IPAP", "2006", "PARP", "2002");

    @Test
    void allMatchedScoresOneAndShowsThePairs() {
      Grade grade =
          Grader.grade(
              q, new Response.Matches(Map.of("PfP", "1994", "IPAP", "2006", "PARP", "2002")));
      assertThat(grade).isEqualTo(new Grade(1.0, true, "PfP = 1994; IPAP = 2006; PARP = 2002"));
    }

    @Test
    void matchingGivesTheShareOfLeftSidesMatched() {
      Response swapped =
          new Response.Matches(Map.of("PfP", "1994", "IPAP", "2002", "PARP", "2006"));
      assertThat(score(q, swapped)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void unmatchedLeftSideIsWrongAndUnknownLeftSidesAreIgnored() {
      Response partial = new Response.Matches(Map.of("PfP", "1994", "OCC", "2004"));
      assertThat(score(q, partial)).isCloseTo(1.0 / 3, within(1e-12));
    }
  }

  @Nested
  class ShortAnswer {
    private final Question.ShortAnswer q = shortAnswer("Kazakhstan’s IPAP", "the IPAP");

    private boolean accepts(String typed) {
      return Grader.grade(q, new Response.Text(typed)).correct();
    }

    @Test
    void acceptsAnyListedFormAfterFolding() {
      assertThat(accepts("Kazakhstan’s IPAP")).isTrue();
      assertThat(accepts("  kazakhstan's   ipap. ")).isTrue();
      assertThat(accepts("KAZAKHSTANS IPAP")).isTrue();
      assertThat(accepts("The IPAP!")).isTrue();
      assertThat(accepts("“the IPAP”")).isTrue();
    }

    @Test
    void doesNothingFuzzy() {
      assertThat(accepts("Kazakhstan IPAP")).isFalse();
      assertThat(accepts("IPA")).isFalse();
      assertThat(accepts("the IPAPs")).isFalse();
    }

    @Test
    void aLeadingArticleAndThePeriodsOfAnAbbreviationDoNotCount() {
      assertThat(accepts("IPAP")).isTrue();
      assertThat(accepts("an IPAP")).isTrue();
      assertThat(accepts("the I.P.A.P.")).isTrue();
      assertThat(accepts("Kazakhstan’s I. P. A. P.")).isTrue();
      Question.ShortAnswer usAndNato = shortAnswer("the U.S. and NATO");
      assertThat(Grader.grade(usAndNato, new Response.Text("the US and NATO")).correct()).isTrue();
      assertThat(Grader.grade(usAndNato, new Response.Text("US and N.A.T.O.")).correct()).isTrue();
      assertThat(Grader.grade(usAndNato, new Response.Text("U S and NATO")).correct()).isFalse();
    }

    @Test
    void anArticleAloneIsNotAnAnswer() {
      assertThat(accepts("the")).isFalse();
      assertThat(accepts("a")).isFalse();
    }

    @Test
    void emptyOrPunctuationOnlyAnswerIsWrong() {
      assertThat(accepts("")).isFalse();
      assertThat(accepts(" ... ")).isFalse();
      assertThat(Grader.grade(q, new Response.Text(null)).score()).isZero();
    }

    @Test
    void showsTheFirstAcceptedForm() {
      assertThat(Grader.grade(q, new Response.Text("no")).expected())
          .isEqualTo("Kazakhstan’s IPAP");
    }
  }

  @Nested
  class Cloze {
    private final Question.Cloze q =
        cloze("Kazakhstan signed in {{2006}} the {{IPAP|Individual Partnership Action Plan}}.");

    private Grade filling(String... texts) {
      return Grader.grade(q, new Response.Blanks(List.of(texts)));
    }

    @Test
    void allBlanksRightScoresOneAndShowsTheFilledText() {
      assertThat(filling("2006", "individual partnership action plan"))
          .isEqualTo(new Grade(1.0, true, "Kazakhstan signed in 2006 the IPAP."));
    }

    @Test
    void clozeGivesTheShareOfBlanksRight() {
      assertThat(filling("2007", "ipap").score()).isEqualTo(0.5);
      assertThat(filling("2006", "PfP").score()).isEqualTo(0.5);
      assertThat(filling("2006").score()).isEqualTo(0.5);
      assertThat(filling().score()).isZero();
    }

    @Test
    void eachBlankIsJudgedAgainstItsOwnAlternatives() {
      assertThat(filling("IPAP", "2006").score()).isZero();
    }

    @Test
    void extraTextsAreIgnored() {
      assertThat(filling("2006", "IPAP", "more").score()).isEqualTo(1.0);
    }
  }

  @Test
  void gradeIsCorrectExactlyAtFullScore() {
    assertThat(Grade.of(1.0, "x").correct()).isTrue();
    assertThat(Grade.of(0.999, "x").correct()).isFalse();
    assertThatThrownBy(() -> new Grade(0.5, true, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade(1.5, false, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grade(Double.NaN, false, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
