package org.steppebrief.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats one message: {@code {0}} puts an argument in (numbers formatted for the language), and
 * {@code {0,plural,one{# вопрос} few{# вопроса} many{# вопросов} other{# вопроса}}} chooses a
 * branch by the CLDR plural category of argument 0 ({@link Plurals}); {@code =0{...}} matches that
 * exact number first, and {@code #} in a branch is the number. No other syntax: apostrophes are
 * plain text (unlike {@link java.text.MessageFormat}), so translators need no quoting rules.
 */
final class MessageText {
  private MessageText() {}

  static String format(String pattern, Language language, Object[] args) {
    if (pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = closing(pattern, i);
        argument(pattern.substring(i + 1, close), language, args, out);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void argument(String inner, Language language, Object[] args, StringBuilder out) {
    int comma = inner.indexOf(',');
    Object value = arg(args, (comma < 0 ? inner : inner.substring(0, comma)).strip());
    if (comma < 0) {
      out.append(text(value, language.locale()));
      return;
    }
    int second = inner.indexOf(',', comma + 1);
    String type = inner.substring(comma + 1, second < 0 ? inner.length() : second).strip();
    if (!type.equals("plural") || second < 0) {
      throw new IllegalArgumentException("unknown message argument {" + inner + "}");
    }
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException("plural of a non-number: " + value);
    }
    String branch = branch(inner.substring(second + 1), language, number.doubleValue());
    out.append(format(branch.replace("#", text(number, language.locale())), language, args));
  }

  /** The branch for {@code n}: an exact {@code =n} first, then its category, then other. */
  private static String branch(String options, Language language, double n) {
    String category = Plurals.category(language, n);
    String exact = null;
    String byCategory = null;
    String other = null;
    int i = 0;
    while (i < options.length()) {
      if (Character.isWhitespace(options.charAt(i))) {
        i++;
        continue;
      }
      int open = options.indexOf('{', i);
      if (open < 0) {
        throw new IllegalArgumentException("plural branch without text: " + options);
      }
      String selector = options.substring(i, open).strip();
      int close = closing(options, open);
      String text = options.substring(open + 1, close);
      if (selector.startsWith("=") && Double.parseDouble(selector.substring(1)) == n) {
        exact = text;
      } else if (selector.equals(category)) {
        byCategory = text;
      }
      if (selector.equals("other")) {
        other = text;
      }
      i = close + 1;
    }
    if (other == null) {
      throw new IllegalArgumentException("plural without an `other` branch: " + options);
    }
    return exact != null ? exact : byCategory != null ? byCategory : other;
  }

  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed { in message: " + s);
  }

  private static Object arg(Object[] args, String index) {
    int n;
    try {
      n = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("message argument is not a number: {" + index + "}");
    }
    if (args == null || n < 0 || n >= args.length) {
      throw new IllegalArgumentException("message has no argument " + n);
    }
    return args[n];
  }

  /** Whole numbers as digits (no grouping below 10,000), decimals with one digit, per locale. */
  static String text(Object value, Locale locale) {
    if (value instanceof Integer || value instanceof Long) {
      long v = ((Number) value).longValue();
      if (Math.abs(v) < 10_000) {
        return Long.toString(v);
      }
      return NumberFormat.getIntegerInstance(locale).format(v);
    }
    if (value instanceof Double || value instanceof Float) {
      NumberFormat f = NumberFormat.getNumberInstance(locale);
      f.setMaximumFractionDigits(1);
      f.setMinimumFractionDigits(0);
      return f.format(((Number) value).doubleValue());
    }
    return String.valueOf(value);
  }
}
