package org.steppebrief.i18n;

/**
 * The CLDR plural categories of the interface languages en, ru and kk
 * (cldr/common/supplemental/plurals.xml), for whole numbers and decimals. Written out because these
 * three rules are all the app needs.
 */
public final class Plurals {
  private Plurals() {}

  /** {@code one}, {@code few}, {@code many} or {@code other} for {@code n} in {@code language}. */
  public static String category(Language language, double n) {
    boolean whole = n == Math.rint(n) && !Double.isInfinite(n);
    long i = (long) Math.abs(n);
    return switch (language) {
      // one: i = 1 and v = 0
      case EN, PSEUDO -> whole && i == 1 ? "one" : "other";
      // one: n = 1 (1.0 too, but not 1.5)
      case KK -> n == 1 ? "one" : "other";
      // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 !=
      // 12..14; many: v = 0 and (i % 10 = 0 or 5..9 or i % 100 = 11..14); other: fractions.
      case RU -> {
        if (!whole) {
          yield "other";
        }
        long mod10 = i % 10;
        long mod100 = i % 100;
        if (mod10 == 1 && mod100 != 11) {
          yield "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
          yield "few";
        }
        yield "many";
      }
    };
  }
}
