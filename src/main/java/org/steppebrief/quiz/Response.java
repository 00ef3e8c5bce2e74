package org.steppebrief.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered to one question, independent of how the form encoded it. Values are the
 * texts the learner saw (choice texts, item texts), never positions, so a shuffle cannot change
 * what an answer means.
 */
public sealed interface Response {
  /** single-choice: the chosen choice's text. */
  record Choice(String choice) implements Response {}

  /** multi-choice: the chosen choices' texts. */
  record Choices(Set<String> choices) implements Response {
    public Choices {
      choices = Set.copyOf(choices);
    }
  }

  /** true-false. */
  record Truth(boolean value) implements Response {}

  /** ordering: item texts in the learner's order. */
  record Order(List<String> items) implements Response {
    public Order {
      items = List.copyOf(items);
    }
  }

  /** matching: the right side the learner chose for each left side. */
  record Matches(Map<String, String> rightByLeft) implements Response {
    public Matches {
      rightByLeft = Map.copyOf(rightByLeft);
    }
  }

  /** short-answer. */
  record Text(String text) implements Response {}

  /** cloze: one text per blank, in order. */
  record Blanks(List<String> texts) implements Response {
    public Blanks {
      texts = List.copyOf(texts);
    }
  }

  /** Nothing given (a skipped question). */
  record Blank() implements Response {}
}
