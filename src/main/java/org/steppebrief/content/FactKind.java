package org.steppebrief.content;

import java.util.Locale;

/** What kind of claim a fact is; all but {@link #FACT} belong to someone, named in said_by. */
public enum FactKind {
  FACT,
  ASSESSMENT,
  PREDICTION,
  QUOTATION;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind as a capitalised word, for "Assessment by …". */
  public String label() {
    String key = key();
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  public boolean needsHolder() {
    return this != FACT;
  }
}
