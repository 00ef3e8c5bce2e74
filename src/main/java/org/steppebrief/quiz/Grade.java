package org.steppebrief.quiz;

/**
 * The outcome of grading one response: a score in [0, 1], whether it was fully right, and the right
 * answer as the result page shows it.
 *
 * @param expected the correct answer rendered for a person ("1994 → 2002 → 2006", "FTA = 1994; WTO
 *     = 1995", the filled cloze text)
 */
public record Grade(double score, boolean correct, String expected) {
  public Grade {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], not " + score);
    }
    if (correct != (score == 1.0)) {
      throw new IllegalArgumentException("correct must be exactly score == 1, score " + score);
    }
    if (expected == null) {
      throw new IllegalArgumentException("expected must be given");
    }
  }

  /** A grade whose correctness follows from its score. */
  public static Grade of(double score, String expected) {
    return new Grade(score, score == 1.0, expected);
  }
}
