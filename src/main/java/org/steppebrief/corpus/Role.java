package org.steppebrief.corpus;

import java.util.Locale;

/** What a stretch of a source file is: its body text, or something around it. */
public enum Role {
  BODY,
  FRONT_MATTER,
  TABLE,
  REFERENCES,
  LICENCE,
  NOTE,
  /** Not part of the source at all: never a passage. */
  EXCLUDED;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Role fromKey(String key) {
    for (Role role : values()) {
      if (role.key().equals(key) && role != NOTE && role != BODY) {
        return role;
      }
    }
    return null;
  }
}
