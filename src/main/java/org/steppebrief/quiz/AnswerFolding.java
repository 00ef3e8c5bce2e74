package org.steppebrief.quiz;

import java.text.Normalizer;
import java.util.Locale;
import org.steppebrief.corpus.TextFolding;

/** The one rule for comparing typed answers: case, punctuation and spacing do not count. */
public final class AnswerFolding {
  private AnswerFolding() {}

  /**
   * Unicode NFKC, then {@link TextFolding#fold} (curly quotes and apostrophes become straight, dash
   * variants become {@code -}, white-space runs become one space, a word hyphenated across a line
   * break is joined), then lower case in {@link Locale#ROOT}; an apostrophe between two letters is
   * removed ("Ireland’s" → "irelands"), every other character that is not a letter, digit or space
   * becomes a space, runs of spaces become one and the ends are trimmed. Combining marks count as
   * part of the letter they follow, so a decomposed letter that NFKC cannot compose is not split in
   * two. Nothing else: no stemming, no fuzzy matching.
   */
  public static String fold(String answer) {
    String s = Normalizer.normalize(answer, Normalizer.Form.NFKC);
    s = TextFolding.fold(s).text().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (Character.isLetterOrDigit(c) || isMark(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else if (!(c == '\'' && letterBefore(s, i) && letterAt(s, next))) {
        space = true;
      }
      i = next;
    }
    return out.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean letterBefore(String s, int i) {
    return i > 0 && (Character.isLetter(s.codePointBefore(i)) || isMark(s.codePointBefore(i)));
  }

  private static boolean letterAt(String s, int i) {
    return i < s.length() && Character.isLetter(s.codePointAt(i));
  }
}
