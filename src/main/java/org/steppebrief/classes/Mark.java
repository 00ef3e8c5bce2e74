package org.steppebrief.classes;

import java.util.List;

/**
 * A learner's answer to one question: the fraction of its marks (0 to 1) and, for questions with
 * choices, the choice texts picked.
 */
public record Mark(double score, List<String> chosen) {
  public Mark {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a mark is between 0 and 1, not " + score);
    }
    chosen = List.copyOf(chosen);
  }

  /** Fully right: anything less counts as a wrong answer for the sources' shares. */
  public boolean right() {
    return score >= 1.0;
  }
}
