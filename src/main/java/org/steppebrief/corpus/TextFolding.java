package org.steppebrief.corpus;

import java.util.Arrays;

/**
 * Folds away the differences that typing and PDF extraction put into the same words, and nothing
 * more: runs of white space and line breaks, a word hyphenated across a line break, curly versus
 * straight quotes and apostrophes, and the dash variants.
 *
 * <p>Case, spelling and missing spaces are kept: a quote that differs from its source in those is
 * not the source's words. Both quotes and source passages go through the same fold, so a match in
 * folded text is a match in the original.
 */
public final class TextFolding {
  /** Characters that may close a sentence before a glued footnote number. */
  private static final String STOPS = ".,;:!?";

  private static final String QUOTES = "\"'”’";

  private TextFolding() {}

  /** Folded text and, for each of its characters, the index of the original it came from. */
  public record Folded(String text, int[] origin) {
    /** Index in the original just after folded index {@code end - 1}. */
    public int originEnd(int end) {
      return end == 0 ? 0 : origin[end - 1] + 1;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Folded that
          && text.equals(that.text)
          && Arrays.equals(origin, that.origin);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Folds a quote as an author typed it. */
  public static String foldQuote(String quote) {
    return foldForMatching(quote).text();
  }

  /**
   * Folds text for matching quotes: {@link #fold} without footnote numbers glued to sentence ends,
   * on both sides, so "future.1 Nor" and "future. Nor" match whether the source kept its marker (a
   * page without footnote lines) or the author copied it.
   */
  public static Folded foldForMatching(String s) {
    boolean[] skip = new boolean[s.length()];
    for (int i = 0; i < s.length(); i++) {
      int end = gluedNoteMarkerEnd(s, i);
      if (end > 0) {
        java.util.Arrays.fill(skip, i, end, true);
        i = end - 1;
      }
    }
    return fold(s, skip);
  }

  /**
   * If a footnote number glued after a sentence's closing punctuation or quote mark ("future.1",
   * "region.”3") starts at {@code i}, where it ends; otherwise -1. A letter or closing bracket must
   * come before the punctuation, which keeps figures such as "4,000" and "2018-2022" out. (Scanned
   * by hand: a look-behind regex over every passage was the loader's hot spot.)
   */
  public static int gluedNoteMarkerEnd(CharSequence s, int i) {
    if (!isAsciiDigit(s.charAt(i)) || (i > 0 && isAsciiDigit(s.charAt(i - 1)))) {
      return -1;
    }
    int end = i;
    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
      end++;
    }
    if (end - i > 3 || (end < s.length() && !Character.isWhitespace(s.charAt(end)))) {
      return -1;
    }
    int k = i - 1;
    boolean stop = false;
    boolean quote = false;
    // Up to one quote mark and one stop, in either order, then a letter or bracket.
    for (int taken = 0; taken < 2 && k >= 0; taken++) {
      char c = s.charAt(k);
      if (!stop && STOPS.indexOf(c) >= 0) {
        stop = true;
      } else if (!quote && QUOTES.indexOf(c) >= 0) {
        quote = true;
      } else {
        break;
      }
      k--;
    }
    if (!(stop || quote) || k < 0) {
      return -1;
    }
    char before = s.charAt(k);
    return Character.isLetter(before) || before == ')' || before == ']' ? end : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static Folded fold(String s) {
    return fold(s, new boolean[s.length()]);
  }

  private static Folded fold(String s, boolean[] skip) {
    StringBuilder out = new StringBuilder(s.length());
    int[] origin = new int[s.length()];
    int pendingSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (skip[i]) {
        continue;
      }
      if (isSpace(c)) {
        if (pendingSpace < 0) {
          pendingSpace = i;
        }
        continue;
      }
      if (isHyphen(c) && pendingSpace < 0 && out.length() > 0) {
        int next = hyphenatedContinuation(s, i, out.charAt(out.length() - 1));
        if (next > 0) {
          i = next - 1;
          continue;
        }
      }
      if (pendingSpace >= 0 && out.length() > 0) {
        origin[out.length()] = pendingSpace;
        out.append(' ');
      }
      pendingSpace = -1;
      origin[out.length()] = i;
      out.append(fold(c));
    }
    return new Folded(out.toString(), Arrays.copyOf(origin, out.length()));
  }

  /**
   * Where the rest of a word starts when the hyphen at {@code i} breaks it across a line ("mil-"
   * newline "itary"), or -1. Only a line break counts: "humanitarian- scientific" on one line is
   * the source's own spelling and is kept.
   */
  private static int hyphenatedContinuation(String s, int i, char before) {
    if (!Character.isLetter(before)) {
      return -1;
    }
    int j = i + 1;
    boolean lineBreak = false;
    while (j < s.length() && isSpace(s.charAt(j))) {
      lineBreak |= s.charAt(j) == '\n' || s.charAt(j) == '\r';
      j++;
    }
    return lineBreak && j < s.length() && Character.isLowerCase(s.charAt(j)) ? j : -1;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\uFEFF';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      case '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\u2E3A',
          '\u2E3B',
          '\uFE58',
          '\uFE63',
          '\uFF0D' ->
          '-';
      default -> c;
    };
  }

  /** Letters and digits: what a quote must not cut in half at either end. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
