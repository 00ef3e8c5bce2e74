package org.steppebrief.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks. The content (sources, fact sheets) keeps its own language;
 * only what the app itself says is translated. {@link #PSEUDO} is for tests: English wrapped in
 * ⟦…⟧, so a page can be searched for text that did not come from a bundle. It is never offered.
 */
public enum Language {
  EN("en", "English"),
  RU("ru", "Русский"),
  KK("kk", "Қазақша"),
  PSEUDO("en-XA", "Pseudo");

  /** The language the fact sheets are written in: content elements carry this {@code lang}. */
  public static final String CONTENT = "en";

  private final String tag;
  private final String nativeName;
  private final Locale locale;

  Language(String tag, String nativeName) {
    this.tag = tag;
    this.nativeName = nativeName;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The BCP 47 tag, for {@code <html lang>}, the cookie and {@code ?lang=}. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, as the switcher shows it. */
  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return locale;
  }

  /** The languages a learner can choose, in the switcher's order. */
  public static List<Language> offered() {
    return List.of(EN, RU, KK);
  }

  /** The language of {@code tag} (any case), the pseudo-locale included. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag.strip())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The language of a Thymeleaf context's locale; English for anything else. */
  public static Language of(Locale locale) {
    return locale == null ? EN : fromTag(locale.toLanguageTag()).orElse(EN);
  }

  /**
   * The offered language an {@code Accept-Language} header prefers most, by quality and then order
   * ({@code ru-KZ} counts as {@code ru}); empty when it names none of them or cannot be read.
   */
  public static Optional<Language> negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String primary = range.getRange().split("-", 2)[0];
      for (Language l : offered()) {
        if (l.tag.equalsIgnoreCase(primary)) {
          return Optional.of(l);
        }
      }
    }
    return Optional.empty();
  }
}
