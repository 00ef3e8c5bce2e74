package org.steppebrief.content;

import java.util.Optional;

/** The question types of the content model, by their YAML name and the name readers see. */
public enum QuestionType {
  SINGLE_CHOICE("single-choice", "Single choice"),
  MULTI_CHOICE("multi-choice", "Multiple choice"),
  TRUE_FALSE("true-false", "True or false"),
  ORDERING("ordering", "Put in order"),
  MATCHING("matching", "Matching"),
  SHORT_ANSWER("short-answer", "Short answer"),
  CLOZE("cloze", "Fill in the blanks");

  private final String key;
  private final String label;

  QuestionType(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  /** The type's name on pages and cards ("Put in order"). */
  public String label() {
    return label;
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
