package org.steppebrief.store;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids and codes from a cryptographic random source. */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives. */
  private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private Tokens() {}

  /** 128 random bits, URL-safe: attempt, learner and session ids. */
  public static String id() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A ten-character resume code (50 random bits) written as two groups: {@code 7KQ2M-9XD4P}. */
  public static String resumeCode() {
    StringBuilder code = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return code.toString();
  }

  /** Normalises a typed resume code: case, spaces, dashes and the letters people confuse. */
  public static String normaliseResumeCode(String typed) {
    String plain =
        typed
            .toUpperCase(java.util.Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    return plain.length() == 10 ? plain.substring(0, 5) + "-" + plain.substring(5) : plain;
  }

  public static long seed() {
    return RANDOM.nextLong();
  }

  public static byte[] secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
