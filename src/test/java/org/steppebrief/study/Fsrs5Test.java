package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The FSRS-5 formulas one at a time, against values worked out by hand. */
class Fsrs5Test {
  private final Fsrs5 fsrs = new Fsrs5();

  @Test
  void recallIsNinetyPercentWhenTheElapsedTimeEqualsTheStability() {
    // R(S, S) = (1 + 19/81)^−0.5 = (100/81)^−0.5 = 0.9 exactly.
    assertThat(Fsrs5.retrievability(7, 7)).isCloseTo(0.9, within(1e-12));
    assertThat(Fsrs5.retrievability(0, 7)).isEqualTo(1.0);
    // R(30, 10) = (1 + 19/81·3)^−0.5 = (1.703704)^−0.5 = 0.766131.
    assertThat(Fsrs5.retrievability(30, 10)).isCloseTo(0.766131, within(0.000_001));
  }

  @Test
  void theIntervalAtRetentionNineTenthsIsTheStabilityInWholeDays() {
    assertThat(fsrs.intervalDays(4.466858)).isEqualTo(4);
    assertThat(fsrs.intervalDays(4.5)).isEqualTo(5);
    assertThat(fsrs.intervalDays(0.2)).isEqualTo(1);
    assertThat(fsrs.intervalDays(1_000_000)).isEqualTo(36_500);
  }

  @Test
  void difficultyStaysBetweenOneAndTen() {
    // Easy on D = 1: 1 + (−1.4604)·9/9 = −0.4604; 0.014833 + 0.9954·−0.4604 < 1: clamped to 1.
    assertThat(fsrs.nextDifficulty(1, Rating.EASY)).isEqualTo(1.0);
    // Again on D = 10: 10 + 2.9208·0/9 = 10; 0.014833 + 0.9954·10 = 9.968833 (mean reversion).
    assertThat(fsrs.nextDifficulty(10, Rating.AGAIN)).isCloseTo(9.968833, within(0.000_001));
  }

  @Test
  void forgettingNeverRaisesStabilityAboveItsSameDayFloor() {
    // D = 1, S = 0.5, R = 0.1: w11·1·(1.5^0.29605 − 1)·e^(2.2698·0.9) = 1.9395·0.127540·7.712327
    // = 1.907745, above the cap S/e^(w17·w18) = 0.5/1.407771 = 0.355171, so the cap holds.
    assertThat(fsrs.forgetStability(1, 0.5, 0.1)).isCloseTo(0.355171, within(0.000_001));
  }

  @Test
  void refusesARetentionOutsideZeroToOne() {
    assertThatThrownBy(() -> new Fsrs5(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fsrs5(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
