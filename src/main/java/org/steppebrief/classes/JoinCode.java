package org.steppebrief.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A class's join code: eight characters of Crockford's base32 (no I, L, O or U), 40 random bits,
 * shown as two groups of four so it can be read aloud ({@code K7QF-2M9X}). Typed codes forgive
 * case, spaces, dashes and the letters people confuse with digits.
 */
public final class JoinCode {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private JoinCode() {}

  /** A new code as stored: eight characters without the dash. */
  public static String random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  public static String shown(String stored) {
    return stored.length() == LENGTH ? stored.substring(0, 4) + "-" + stored.substring(4) : stored;
  }

  /** The stored form of a typed code, or empty when it cannot be one. */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String plain =
        typed
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (plain.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < plain.length(); i++) {
      if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(plain);
  }
}
