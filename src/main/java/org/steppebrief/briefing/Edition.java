package org.steppebrief.briefing;

import java.util.Locale;

/** Who a printout is for: students get no answers; instructors get the answer key. */
public enum Edition {
  STUDENT,
  INSTRUCTOR;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return this == STUDENT ? "Student edition" : "Instructor edition";
  }

  public boolean hasAnswers() {
    return this == INSTRUCTOR;
  }

  /** The edition named {@code key} ({@code student} or {@code instructor}), any case. */
  public static Edition fromKey(String key) {
    for (Edition edition : values()) {
      if (edition.key().equalsIgnoreCase(key.strip())) {
        return edition;
      }
    }
    throw new IllegalArgumentException("unknown edition `" + key + "`; use student or instructor");
  }
}
