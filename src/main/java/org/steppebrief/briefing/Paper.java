package org.steppebrief.briefing;

import java.util.Locale;

/** The paper a printout is laid out for. */
public enum Paper {
  A4("A4"),
  LETTER("letter");

  private final String cssSize;

  Paper(String cssSize) {
    this.cssSize = cssSize;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value of CSS {@code @page { size: ... }}. */
  public String cssSize() {
    return cssSize;
  }

  public static Paper fromKey(String key) {
    for (Paper paper : values()) {
      if (paper.key().equalsIgnoreCase(key.strip())) {
        return paper;
      }
    }
    throw new IllegalArgumentException("unknown paper size `" + key + "`; use a4 or letter");
  }
}
