package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * FSRS-5 with its default weights, desired retention 0.9, checked against values worked out by hand
 * from the published formulas (the arithmetic is in the comments, to six decimals):
 *
 * <pre>
 * w = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
 *      1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]
 * R(t,S) = (1 + 19/81·t/S)^−0.5          I(S) = S/(19/81)·(0.9^−2 − 1) = S at r = 0.9
 * D0(4) = 7.1949 − e^(0.5345·3) + 1 = 8.1949 − 4.970398 = 3.224502;  w7·D0(4) = 0.014833
 * e^(w17·w18) = e^(0.51655·0.6621) = e^0.342008 = 1.407771   (same-day Good)
 * </pre>
 */
class SchedulerTest {
  private static final Offset<Double> SIX = within(0.000_001);
  private static final long MIN = 60_000;
  private static final long DAY = 86_400_000;
  private static final long T0 = 1_700_000_000_000L;

  private final Scheduler scheduler = new Scheduler(new Fsrs5());

  @Test
  void newCardRatedGoodThenGoodAfterTenMinutesThenGoodAfterThreeDays() {
    // 1. New, Good: S0(3) = w2 = 3.173; D0(3) = 7.1949 − e^(0.5345·2) + 1 = 7.1949 − 2.912466 + 1
    //    = 5.282434. Good on the first of two learning steps moves to the second: due in 10 min.
    Scheduler.Review first = scheduler.rate(CardState.NEW, Rating.GOOD, T0);
    CardState a = first.after();
    assertThat(a.phase()).isEqualTo(CardState.Phase.LEARNING);
    assertThat(a.step()).isEqualTo(1);
    assertThat(a.stability()).isCloseTo(3.173, SIX);
    assertThat(a.difficulty()).isCloseTo(5.282434, SIX);
    assertThat(a.due()).isEqualTo(T0 + 10 * MIN);
    assertThat(first.retrievability()).isNaN();

    // 2. Good 10 minutes later, the same day: short-term S' = 3.173·e^(w17·(3 − 3 + w18))
    //    = 3.173·1.407771 = 4.466858. ΔD = −w6·(3 − 3) = 0, so D' = 0.014833 + 0.9954·5.282434
    //    = 0.014833 + 5.258135 = 5.272968. Good on the last step graduates:
    //    I = round(4.466858) = 4 days.
    long t1 = T0 + 10 * MIN;
    Scheduler.Review second = scheduler.rate(a, Rating.GOOD, t1);
    CardState b = second.after();
    assertThat(second.elapsedDays()).isZero();
    assertThat(b.phase()).isEqualTo(CardState.Phase.REVIEW);
    assertThat(b.stability()).isCloseTo(4.466858, SIX);
    assertThat(b.difficulty()).isCloseTo(5.272968, SIX);
    assertThat(b.due()).isEqualTo(t1 + 4 * DAY);

    // 3. Good 3 days later (t = 3): R = (1 + 19/81·3/4.466858)^−0.5 = 1.157539^−0.5 = 0.929463.
    //    S'r = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1))
    //        = 4.466858·(1 + 4.691489·5.727032·4.466858^−0.1192·(e^(1.01925·0.070537) − 1))
    //        = 4.466858·(1 + 4.691489·5.727032·0.836604·(e^0.071895 − 1))
    //        = 4.466858·(1 + 22.478124·0.074542) = 4.466858·2.675566 = 11.951375.
    //    D' = 0.014833 + 0.9954·5.272968 = 0.014833 + 5.248712 = 5.263545. I = round(11.951375)
    //    = 12 days.
    long t2 = t1 + 3 * DAY;
    Scheduler.Review third = scheduler.rate(b, Rating.GOOD, t2);
    CardState c = third.after();
    assertThat(third.elapsedDays()).isEqualTo(3);
    assertThat(third.retrievability()).isCloseTo(0.929463, SIX);
    assertThat(c.phase()).isEqualTo(CardState.Phase.REVIEW);
    assertThat(c.stability()).isCloseTo(11.951375, SIX);
    assertThat(c.difficulty()).isCloseTo(5.263545, SIX);
    assertThat(c.due()).isEqualTo(t2 + 12 * DAY);
    assertThat(c.reps()).isEqualTo(3);
    assertThat(c.lapses()).isZero();
  }

  @Test
  void aForgottenReviewRelearnsForTenMinutesThenGraduatesOnItsShrunkStability() {
    // The card of the test above after its third review: S = 11.951375, D = 5.263545.
    CardState c = afterGoodGoodGood();
    long t3 = c.lastReview() + 12 * DAY;

    // 4. Again 12 days later: R = (1 + 19/81·12/11.951375)^−0.5 = 1.235522^−0.5 = 0.899652.
    //    S'f = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R))
    //        = 1.9395·5.263545^−0.11·(12.951375^0.29605 − 1)·e^(2.2698·0.100348)
    //        = 1.9395·0.833028·(2.134524 − 1)·e^0.227769 = 1.9395·0.833028·1.134524·1.255795
    //        = 2.301876, below the cap S/e^(w17·w18) = 11.951375/1.407771 = 8.489572.
    //    ΔD = −w6·(1 − 3) = 2.9208; D + ΔD·(10 − D)/9 = 5.263545 + 2.9208·4.736455/9
    //    = 5.263545 + 1.537138 = 6.800683; D' = 0.014833 + 0.9954·6.800683 = 0.014833 + 6.769399
    //    = 6.784232. A lapse: relearning, due in 10 minutes.
    Scheduler.Review lapse = scheduler.rate(c, Rating.AGAIN, t3);
    CardState d = lapse.after();
    assertThat(lapse.retrievability()).isCloseTo(0.899652, SIX);
    assertThat(d.phase()).isEqualTo(CardState.Phase.RELEARNING);
    assertThat(d.stability()).isCloseTo(2.301876, SIX);
    assertThat(d.difficulty()).isCloseTo(6.784232, SIX);
    assertThat(d.due()).isEqualTo(t3 + 10 * MIN);
    assertThat(d.lapses()).isEqualTo(1);

    // 5. Good 10 minutes later: S' = 2.301876·1.407771 = 3.240514; D' = 0.014833 + 0.9954·6.784232
    //    = 0.014833 + 6.753025 = 6.767857. The one relearning step is done: I = round(3.240514) =
    // 3.
    CardState e = scheduler.rate(d, Rating.GOOD, t3 + 10 * MIN).after();
    assertThat(e.phase()).isEqualTo(CardState.Phase.REVIEW);
    assertThat(e.stability()).isCloseTo(3.240514, SIX);
    assertThat(e.difficulty()).isCloseTo(6.767857, SIX);
    assertThat(e.due()).isEqualTo(t3 + 10 * MIN + 3 * DAY);
  }

  @Test
  void hardAndEasyOnAReviewScaleTheGrowthByW15AndW16() {
    // From S = 4.466858, D = 5.272968 three days on (R = 0.929463), the growth term
    // e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1) = 1.675566 (step 3 above).
    CardState b = afterGoodGood();
    long t = b.lastReview() + 3 * DAY;

    // Hard: S' = 4.466858·(1 + 1.675566·0.2315) = 4.466858·1.387894 = 6.199524, I = 6 days.
    //   D: ΔD = −1.4604·(2 − 3) = 1.4604; 5.272968 + 1.4604·4.727032/9 = 6.040008;
    //   D' = 0.014833 + 0.9954·6.040008 = 6.027056.
    CardState hard = scheduler.rate(b, Rating.HARD, t).after();
    assertThat(hard.stability()).isCloseTo(6.199524, SIX);
    assertThat(hard.difficulty()).isCloseTo(6.027056, SIX);
    assertThat(hard.due()).isEqualTo(t + 6 * DAY);

    // Easy: S' = 4.466858·(1 + 1.675566·2.9898) = 4.466858·6.009608 = 26.844067, I = 27 days.
    //   D: 5.272968 − 1.4604·4.727032/9 = 4.505928; D' = 0.014833 + 0.9954·4.505928 = 4.500034.
    CardState easy = scheduler.rate(b, Rating.EASY, t).after();
    assertThat(easy.stability()).isCloseTo(26.844067, SIX);
    assertThat(easy.difficulty()).isCloseTo(4.500034, SIX);
    assertThat(easy.due()).isEqualTo(t + 27 * DAY);
  }

  @Test
  void firstRatingsSetStabilityAndDifficultyFromTheWeightsAndWalkTheLearningSteps() {
    // Again: S0(1) = w0 = 0.40255; D0(1) = 7.1949 − e^0 + 1 = 7.1949; back to the 1-minute step.
    CardState again = scheduler.rate(CardState.NEW, Rating.AGAIN, T0).after();
    assertThat(again.stability()).isCloseTo(0.40255, SIX);
    assertThat(again.difficulty()).isCloseTo(7.1949, SIX);
    assertThat(again.phase()).isEqualTo(CardState.Phase.LEARNING);
    assertThat(again.step()).isZero();
    assertThat(again.due()).isEqualTo(T0 + MIN);

    // Hard: S0(2) = w1 = 1.18385; D0(2) = 7.1949 − e^0.5345 + 1 = 8.1949 − 1.706595 = 6.488305;
    // the first step repeated, waiting the mean of 1 and 10 minutes: 5.5 minutes.
    CardState hard = scheduler.rate(CardState.NEW, Rating.HARD, T0).after();
    assertThat(hard.stability()).isCloseTo(1.18385, SIX);
    assertThat(hard.difficulty()).isCloseTo(6.488305, SIX);
    assertThat(hard.step()).isZero();
    assertThat(hard.due()).isEqualTo(T0 + 330_000);

    // Easy: S0(4) = w3 = 15.69105; D0(4) = 3.224502; graduates at once: I = round(15.69105) = 16.
    CardState easy = scheduler.rate(CardState.NEW, Rating.EASY, T0).after();
    assertThat(easy.stability()).isCloseTo(15.69105, SIX);
    assertThat(easy.difficulty()).isCloseTo(3.224502, SIX);
    assertThat(easy.phase()).isEqualTo(CardState.Phase.REVIEW);
    assertThat(easy.due()).isEqualTo(T0 + 16 * DAY);
  }

  @Test
  void hardOnTheSecondLearningStepRepeatsItAndAgainGoesBackToTheFirst() {
    CardState second = scheduler.rate(CardState.NEW, Rating.GOOD, T0).after();
    long t = T0 + 10 * MIN;
    CardState hard = scheduler.rate(second, Rating.HARD, t).after();
    assertThat(hard.phase()).isEqualTo(CardState.Phase.LEARNING);
    assertThat(hard.step()).isEqualTo(1);
    assertThat(hard.due()).isEqualTo(t + 10 * MIN);
    CardState again = scheduler.rate(second, Rating.AGAIN, t).after();
    assertThat(again.step()).isZero();
    assertThat(again.due()).isEqualTo(t + MIN);
  }

  @Test
  void hardWhileRelearningRepeatsTheTenMinuteStep() {
    CardState relearning = scheduler.rate(afterGoodGoodGood(), Rating.AGAIN, T0 + 30 * DAY).after();
    long t = T0 + 30 * DAY + 10 * MIN;
    CardState hard = scheduler.rate(relearning, Rating.HARD, t).after();
    assertThat(hard.phase()).isEqualTo(CardState.Phase.RELEARNING);
    assertThat(hard.due()).isEqualTo(t + 10 * MIN);
    assertThat(hard.lapses()).isEqualTo(1);
  }

  @Test
  void theIntervalIsAtLeastOneDay() {
    // Again, Again the same day: S = 0.40255·e^(0.51655·(1 − 3 + 0.6621)) = 0.40255·e^−0.691092
    //   = 0.40255·0.501029 = 0.201689. Easy then: S = 0.201689·e^(0.51655·(4 − 3 + 0.6621))
    //   = 0.201689·e^0.858558 = 0.201689·2.359755 = 0.475937, which rounds to 0 days: 1 day.
    CardState once = scheduler.rate(CardState.NEW, Rating.AGAIN, T0).after();
    CardState twice = scheduler.rate(once, Rating.AGAIN, T0 + MIN).after();
    assertThat(twice.stability()).isCloseTo(0.201689, SIX);
    CardState easy = scheduler.rate(twice, Rating.EASY, T0 + 2 * MIN).after();
    assertThat(easy.stability()).isCloseTo(0.475937, SIX);
    assertThat(easy.phase()).isEqualTo(CardState.Phase.REVIEW);
    assertThat(easy.due()).isEqualTo(T0 + 2 * MIN + DAY);
  }

  @Test
  void aLowerDesiredRetentionGivesLongerIntervals() {
    // r = 0.8: I = S/(19/81)·(0.8^−2 − 1) = 15.69105·(81/19)·0.5625 = 37.627551: 38 days.
    Scheduler lenient = new Scheduler(new Fsrs5(0.8));
    assertThat(lenient.rate(CardState.NEW, Rating.EASY, T0).after().due()).isEqualTo(T0 + 38 * DAY);
  }

  @Test
  void aQuizMistakeMakesACardDueWithinTenMinutesWithoutRatingIt() {
    long now = T0 + 5 * DAY;
    CardState learning = scheduler.missedInQuiz(CardState.NEW, now).orElseThrow();
    assertThat(learning.phase()).isEqualTo(CardState.Phase.LEARNING);
    assertThat(learning.due()).isEqualTo(now + 10 * MIN);
    assertThat(learning.hasMemory()).isFalse();
    // Its first rating then starts its memory as for a new card.
    assertThat(scheduler.rate(learning, Rating.GOOD, now + 10 * MIN).after().stability())
        .isCloseTo(3.173, SIX);

    CardState review = afterGoodGoodGood();
    CardState relearning = scheduler.missedInQuiz(review, now).orElseThrow();
    assertThat(relearning.phase()).isEqualTo(CardState.Phase.RELEARNING);
    assertThat(relearning.due()).isEqualTo(now + 10 * MIN);
    assertThat(relearning.stability()).isEqualTo(review.stability());
    assertThat(relearning.reps()).isEqualTo(review.reps());

    // A card already due within 10 minutes stays as it is.
    assertThat(scheduler.missedInQuiz(learning, now + MIN)).isEmpty();
  }

  @Test
  void showsHowLongEachRatingWouldWait() {
    assertThat(scheduler.delay(CardState.NEW, Rating.AGAIN, T0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(scheduler.delay(CardState.NEW, Rating.HARD, T0)).isEqualTo(Duration.ofSeconds(330));
    assertThat(scheduler.delay(CardState.NEW, Rating.GOOD, T0)).isEqualTo(Duration.ofMinutes(10));
    assertThat(scheduler.delay(CardState.NEW, Rating.EASY, T0)).isEqualTo(Duration.ofDays(16));
  }

  private CardState afterGoodGood() {
    CardState a = scheduler.rate(CardState.NEW, Rating.GOOD, T0).after();
    return scheduler.rate(a, Rating.GOOD, T0 + 10 * MIN).after();
  }

  private CardState afterGoodGoodGood() {
    CardState b = afterGoodGood();
    return scheduler.rate(b, Rating.GOOD, b.lastReview() + 3 * DAY).after();
  }
}
