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

  public boolean needsHolder() {
    return this != FACT;
  }
}
