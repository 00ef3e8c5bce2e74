package org.steppebrief.worksheet;

import java.util.Locale;

/** A worksheet variant: the same questions in another order, for neighbouring desks. */
public enum Variant {
  A,
  B;

  public static Variant fromKey(String key) {
    try {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown variant `" + key + "`; use A or B", e);
    }
  }
}
