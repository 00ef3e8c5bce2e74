package org.steppebrief.content;

import java.util.Locale;

/** How deep a question reaches: remembering, understanding, or analysing. */
public enum Level {
  RECALL,
  UNDERSTAND,
  ANALYSE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
