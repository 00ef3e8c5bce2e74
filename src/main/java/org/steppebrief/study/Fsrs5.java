package org.steppebrief.study;

import java.util.Arrays;

/**
 * The memory model of FSRS-5, the fifth version of the Free Spaced Repetition Scheduler (Jarrett
 * Ye; the algorithm of Anki's FSRS and of fsrs-rs 1.x/2.x), as pure functions of a card's memory
 * state, a rating and the days elapsed. Its 19 weights default to FSRS-5's published defaults.
 *
 * <ul>
 *   <li>retrievability R(t, S) = (1 + FACTOR·t/S)^DECAY, DECAY = −0.5, FACTOR = 19/81 (so that R(S,
 *       S) = 0.9);
 *   <li>interval I(r, S) = S/FACTOR·(r^(1/DECAY) − 1), in whole days, at least 1 and at most
 *       36,500;
 *   <li>first rating: S0(G) = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10];
 *   <li>difficulty: D' = w7·D0(4) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3) (linear
 *       damping, then mean reversion to D0(4)), clamped to [1, 10];
 *   <li>recall (G ≥ 2, a day or more later): S' = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) −
 *       1)·(w15 if Hard)·(w16 if Easy));
 *   <li>forgetting (Again, a day or more later): S' = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)),
 *       never above S/e^(w17·w18);
 *   <li>same day (short-term): S' = S·e^(w17·(G − 3 + w18)).
 * </ul>
 *
 * Stability is kept within [0.01, 36,500] days, as fsrs-rs does.
 */
public final class Fsrs5 {
  public static final double DECAY = -0.5;
  public static final double FACTOR = 19.0 / 81.0;
  public static final int MAX_INTERVAL_DAYS = 36_500;
  static final double MIN_STABILITY = 0.01;

  /** FSRS-5's default weights w0 … w18. */
  private static final double[] DEFAULT_WEIGHTS = {
    0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
    1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621
  };

  public static final double DEFAULT_RETENTION = 0.9;

  private final double[] w;
  private final double retention;

  /** FSRS-5 with its default weights and desired retention 0.9. */
  public Fsrs5() {
    this(DEFAULT_WEIGHTS, DEFAULT_RETENTION);
  }

  /** FSRS-5 with its default weights and the given desired retention, in (0, 1). */
  public Fsrs5(double desiredRetention) {
    this(DEFAULT_WEIGHTS, desiredRetention);
  }

  public Fsrs5(double[] weights, double desiredRetention) {
    if (weights.length != 19) {
      throw new IllegalArgumentException("FSRS-5 has 19 weights, not " + weights.length);
    }
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException(
          "desired retention must be between 0 and 1, not " + desiredRetention);
    }
    this.w = weights.clone();
    this.retention = desiredRetention;
  }

  public double desiredRetention() {
    return retention;
  }

  /** FSRS-5's default weights, a copy. */
  public static double[] defaultWeights() {
    return DEFAULT_WEIGHTS.clone();
  }

  /** A memory state: stability S in days and difficulty D in [1, 10]. */
  public record Memory(double stability, double difficulty) {}

  /** The probability of recalling a card of stability {@code stability} after {@code days}. */
  public static double retrievability(double days, double stability) {
    return Math.pow(1 + FACTOR * Math.max(0, days) / stability, DECAY);
  }

  /** The interval in whole days after which recall falls to the desired retention. */
  public int intervalDays(double stability) {
    double days = stability / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
    // Floating point makes I(0.9, 4.5) 4.4999…: drop error below a millionth of a day, then round.
    double clean = Math.rint(days * 1e6) / 1e6;
    return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, Math.round(clean)));
  }

  /** The memory state after the first rating of a new card. */
  public Memory first(Rating rating) {
    return new Memory(
        clampStability(w[rating.grade() - 1]), clampDifficulty(initialDifficulty(rating)));
  }

  /**
   * The memory state after rating a card {@code elapsedDays} whole days after its last rating: the
   * short-term formula on the same day (0 days), recall or forgetting otherwise.
   */
  public Memory next(Memory memory, Rating rating, int elapsedDays) {
    double s = memory.stability();
    double d = memory.difficulty();
    double stability;
    if (elapsedDays <= 0) {
      stability = shortTermStability(s, rating);
    } else {
      double r = retrievability(elapsedDays, s);
      stability =
          rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
    }
    return new Memory(clampStability(stability), nextDifficulty(d, rating));
  }

  /** D0(G) = w4 − e^(w5·(G−1)) + 1, not clamped (mean reversion uses D0(4) as it is). */
  double initialDifficulty(Rating rating) {
    return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
  }

  double nextDifficulty(double d, Rating rating) {
    double delta = -w[6] * (rating.grade() - 3);
    double damped = d + delta * (10 - d) / 9;
    return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
  }

  double recallStability(double d, double s, double r, Rating rating) {
    double hardPenalty = rating == Rating.HARD ? w[15] : 1;
    double easyBonus = rating == Rating.EASY ? w[16] : 1;
    return s
        * (1
            + Math.exp(w[8])
                * (11 - d)
                * Math.pow(s, -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty
                * easyBonus);
  }

  double forgetStability(double d, double s, double r) {
    double forgotten =
        w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
    return Math.min(forgotten, s / Math.exp(w[17] * w[18]));
  }

  double shortTermStability(double s, Rating rating) {
    return s * Math.exp(w[17] * (rating.grade() - 3 + w[18]));
  }

  private static double clampDifficulty(double d) {
    return Math.max(1, Math.min(10, d));
  }

  private static double clampStability(double s) {
    return Math.max(MIN_STABILITY, Math.min(MAX_INTERVAL_DAYS, s));
  }

  @Override
  public String toString() {
    return "FSRS-5 " + Arrays.toString(w) + " retention " + retention;
  }
}
