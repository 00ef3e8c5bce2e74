package org.steppebrief.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One quiz taken by one learner: the questions drawn (by id, in order) and how they were drawn.
 *
 * @param request the choices the learner made, as a query string, for "retry" and display
 */
public record Attempt(
    String id,
    String learnerId,
    long seed,
    Mode mode,
    String request,
    List<String> questionIds,
    String libraryVersion,
    long createdAt,
    Optional<Long> finishedAt) {

  public Attempt {
    questionIds = List.copyOf(questionIds);
  }

  /** Practice shows feedback after each answer; test shows it all at the end. */
  public enum Mode {
    PRACTICE,
    TEST;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromKey(String key) {
      return "test".equals(key) ? TEST : PRACTICE;
    }
  }

  public boolean isFinished() {
    return finishedAt.isPresent();
  }
}
