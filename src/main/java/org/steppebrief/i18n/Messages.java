package org.steppebrief.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the interface says, from the bundles {@code messages/messages.properties} (English),
 * {@code messages_ru.properties} and {@code messages_kk.properties} on the class path, read as
 * UTF-8. A key missing from a translation falls back to English (a test keeps every bundle
 * complete); a key missing everywhere is an error, so a typo fails loudly instead of showing a key.
 */
public final class Messages {
  private static final String BASE = "messages/messages";
  private static final Messages SHIPPED = load();

  private final Map<Language, ResourceBundle> bundles;

  private Messages(Map<Language, ResourceBundle> bundles) {
    this.bundles = bundles;
  }

  /** The bundles shipped with the app, read once. */
  public static Messages shipped() {
    return SHIPPED;
  }

  private static Messages load() {
    Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    for (Language l : Language.offered()) {
      bundles.put(
          l, read(l == Language.EN ? BASE + ".properties" : BASE + "_" + l.tag() + ".properties"));
    }
    return new Messages(bundles);
  }

  private static ResourceBundle read(String resource) {
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no message bundle " + resource + " on the class path");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message {@code key} in {@code language}, its arguments put in ({@link MessageText}). */
  public String get(Language language, String key, Object... args) {
    String pattern = pattern(language, key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message `" + key + "`");
    }
    String text = MessageText.format(pattern, language, args);
    return language == Language.PSEUDO ? "⟦" + text + "⟧" : text;
  }

  /** Whether {@code key} is a message (in English, which every bundle must match). */
  public boolean has(String key) {
    return bundles.get(Language.EN).containsKey(key);
  }

  /** The pattern of {@code key} in {@code language}, falling back to English; null if unknown. */
  String pattern(Language language, String key) {
    ResourceBundle own = bundles.get(language == Language.PSEUDO ? Language.EN : language);
    if (own.containsKey(key)) {
      return own.getString(key);
    }
    ResourceBundle english = bundles.get(Language.EN);
    return english.containsKey(key) ? english.getString(key) : null;
  }

  /** The keys of {@code language}'s own bundle (without English fall-backs), for tests. */
  public Set<String> keys(Language language) {
    return new TreeSet<>(bundles.get(language).keySet());
  }

  /** These messages in one language, for code that makes text. */
  public Texts in(Language language) {
    return new Texts(this, language);
  }
}
