package org.steppebrief.classes;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A learner's name in a class: 1 to 40 characters (code points, so Cyrillic, Greek and Arabic
 * letters count one each) after NFC, trimming and collapsing white space; control characters are
 * refused. Any script is welcome. Pages escape it (th:text) and the CSVs make it formula-safe.
 */
public final class DisplayName {
  public static final int MAX = 40;

  private DisplayName() {}

  /** The name as it will be stored, or empty when it is not acceptable. */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > 400) {
      return Optional.empty();
    }
    String name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > MAX || name.codePoints().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
