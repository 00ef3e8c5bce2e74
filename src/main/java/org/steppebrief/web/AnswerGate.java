package org.steppebrief.web;

import java.util.Optional;
import org.steppebrief.classes.Assignment;
import org.steppebrief.quiz.Attempt;

/** Whether an attempt may take an answer now: an assignment's attempt may not after it closed. */
@FunctionalInterface
interface AnswerGate {
  AnswerGate OPEN = (attempt, now) -> Optional.empty();

  /** Why no answer is taken now, if none is. */
  Optional<Assignment> refusal(Attempt attempt, long now);
}
