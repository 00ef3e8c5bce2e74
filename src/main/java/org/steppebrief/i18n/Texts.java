package org.steppebrief.i18n;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The messages in one language, with that language's dates and numbers: what Java code that makes
 * text for a page or a printout is given (a handler passes {@code Texts} in; it never picks a
 * language itself).
 */
public record Texts(Messages messages, Language language) {
  /** The shipped messages in English: for callers with no learner to ask, such as tests. */
  public static Texts english() {
    return Messages.shipped().in(Language.EN);
  }

  public static Texts of(Language language) {
    return Messages.shipped().in(language);
  }

  public String get(String key, Object... args) {
    return messages.get(language, key, args);
  }

  /** "4 December 2026", "4 декабря 2026 г.", "2026 ж. 4 желтоқсан": the language's long date. */
  public String date(LocalDate date) {
    return pattern("format.date.long", date);
  }

  /** A date and time in a pattern of the language's own ({@code time.*} keys hold them). */
  public String pattern(String key, ZonedDateTime at) {
    return DateTimeFormatter.ofPattern(messages.pattern(language, key), language.locale())
        .format(at);
  }

  /** A date in a pattern held in the bundle. */
  public String pattern(String key, LocalDate date) {
    return DateTimeFormatter.ofPattern(messages.pattern(language, key), language.locale())
        .format(date);
  }

  /** A number as the language writes it: "8.5" or "8,5". */
  public String number(double n) {
    return MessageText.text(n, language.locale());
  }

  /** The name of the language {@code tag} in this language: "English", "английский", "ағылшын". */
  public String languageName(String tag) {
    java.util.Locale named = java.util.Locale.forLanguageTag(tag);
    String name = named.getDisplayLanguage(language.locale());
    String shown = name.isEmpty() || name.equals(tag) ? tag : name;
    // The JDK's names of languages are localised data like the bundles: the pseudo-locale marks
    // them.
    return language == Language.PSEUDO ? "⟦" + shown + "⟧" : shown;
  }

  public String tag() {
    return language.tag();
  }
}
