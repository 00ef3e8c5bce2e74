package org.steppebrief.classes;

import java.util.Map;
import java.util.Optional;

/**
 * One learner's result on an assignment: their counted attempt (the best score; of equal scores,
 * the first), or none when they have not started.
 *
 * @param started when their first attempt began, if any
 * @param finished when the counted attempt was finished, if it was
 * @param attempts how many attempts they began
 * @param marks the counted attempt's marks by question id (answered questions only)
 */
public record LearnerResult(
    String learnerId,
    String name,
    Optional<Long> started,
    Optional<Long> finished,
    int attempts,
    int answered,
    double score,
    int maxScore,
    Map<String, Mark> marks) {
  public LearnerResult {
    marks = Map.copyOf(marks);
  }

  public long percent() {
    return maxScore == 0 ? 0 : Math.round(100 * score / maxScore);
  }
}
