package org.steppebrief.content;

import java.util.Optional;

/** The question types of the content model, by their YAML name. */
public enum QuestionType {
  SINGLE_CHOICE("single-choice"),
  MULTI_CHOICE("multi-choice"),
  TRUE_FALSE("true-false"),
  ORDERING("ordering"),
  MATCHING("matching"),
  SHORT_ANSWER("short-answer"),
  CLOZE("cloze");

  private final String key;

  QuestionType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<QuestionType> fromKey(String key) {
    for (QuestionType type : values()) {
      if (type.key.equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
