package org.steppebrief.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.corpus.TextFolding;

/**
 * The rules for comparing typed answers: {@link #fold} (case, punctuation and spacing do not
 * count), and on top of it {@link #key}, what the grader compares (the periods of an abbreviation
 * and a leading article do not count either).
 */
public final class AnswerFolding {
  /** The articles a typed answer may start with without changing its meaning. */
  public static final List<String> ARTICLES = List.of("the", "a", "an");

  /**
   * An abbreviation written with periods: two or more single letters (a letter not glued to a
   * letter or digit before it), each followed by a period, with at most one space after each period
   * ("U.S.", "U. S.", "N.A.T.O."); the last letter may lack its period when it follows the previous
   * period directly ("U.S"). A single letter with a period ("J. Smith") is not one.
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{N}])\\p{L}\\p{M}*\\."
              + "(?:(?: ?\\p{L}\\p{M}*\\.)+(?:\\p{L}\\p{M}*(?![\\p{L}\\p{M}\\p{N}]))?"
              + "|\\p{L}\\p{M}*(?![\\p{L}\\p{M}\\p{N}]))");

  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");

  /** Hyphens and dashes, which a student may type as spaces ("Volga Don"). */
  private static final Pattern DASHES = Pattern.compile("[-\u2010-\u2015\u2212]");

  /** A word of two or more capitals, which a student may write with periods ("UNESCO"). */
  private static final Pattern CAPITALS =
      Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.])\\p{Lu}{2,}(?![\\p{L}\\p{M}\\p{N}.])");

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
    return letters(normalized(answer));
  }

  /**
   * What a typed answer is graded by: {@link #fold}, except that the periods of an abbreviation
   * count as nothing ("U.S.", "U. S.", "U.S" and "US" all give "us"; "N.A.T.O." gives "nato"), and
   * then a leading article ("the", "a", "an") is dropped when something follows it ("the US" gives
   * "us"; "the" alone stays "the"). Two answers are the same answer exactly when their keys are
   * equal.
   */
  public static String key(String answer) {
    String s = normalized(answer);
    Matcher m = ABBREVIATION.matcher(s);
    StringBuilder collapsed = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(collapsed, lettersOf(m.group()));
    }
    m.appendTail(collapsed);
    return withoutArticle(letters(collapsed.toString()));
  }

  /**
   * Spellings of an accepted answer for a format that only compares strings (apart from case): the
   * answer itself first, then the answer with the periods of its abbreviations removed and with its
   * capitalised words written with periods ("UNESCO" → "U.N.E.S.C.O."), each also with its hyphens
   * and dashes as spaces, and each without a leading article and, when it starts with a letter,
   * with "the", "a" and "an" before it (nobody writes "the 1994", though the grader would take it).
   * Every spelling has the answer's {@link #key}; strings equal but for case are listed once. What
   * no list can hold (other punctuation, spacing, an article inside the answer, some abbreviations
   * with periods and others without) is not listed. An answer whose key is empty or an article has
   * only itself.
   */
  public static List<String> spellings(String answer) {
    if (isEmptyOrArticle(key(answer))) {
      return List.of(answer);
    }
    String plain = ABBREVIATION.matcher(answer).replaceAll(m -> lettersOf(m.group()));
    String dotted = CAPITALS.matcher(plain).replaceAll(m -> dotted(m.group()));
    Map<String, String> out = new LinkedHashMap<>();
    out.put(answer.toLowerCase(Locale.ROOT), answer);
    List<String> forms = new ArrayList<>();
    for (String form : List.of(answer, plain, dotted)) {
      forms.add(form);
      forms.add(DASHES.matcher(form).replaceAll(" "));
    }
    for (String form : forms) {
      String bare = strippedArticle(form);
      List<String> spellings =
          !bare.isEmpty() && Character.isLetter(bare.codePointAt(0))
              ? List.of(form, bare, "the " + bare, "a " + bare, "an " + bare)
              : List.of(form, bare);
      for (String spelling : spellings) {
        out.putIfAbsent(spelling.toLowerCase(Locale.ROOT), spelling);
      }
    }
    return List.copyOf(out.values());
  }

  private static String lettersOf(String abbreviation) {
    return Matcher.quoteReplacement(NOT_LETTER.matcher(abbreviation).replaceAll(""));
  }

  private static String dotted(String capitals) {
    StringBuilder out = new StringBuilder();
    capitals.codePoints().forEach(c -> out.appendCodePoint(c).append('.'));
    return Matcher.quoteReplacement(out.toString());
  }

  /** A text without a leading article and the space after it, as written. */
  private static String strippedArticle(String text) {
    String t = text.strip();
    for (String article : ARTICLES) {
      if (t.length() > article.length() + 1
          && t.regionMatches(true, 0, article + " ", 0, article.length() + 1)) {
        return t.substring(article.length() + 1).strip();
      }
    }
    return t;
  }

  /** A folded text without its leading article, when anything follows the article. */
  static String withoutArticle(String folded) {
    for (String article : ARTICLES) {
      if (folded.startsWith(article + " ") && folded.length() > article.length() + 1) {
        return folded.substring(article.length() + 1);
      }
    }
    return folded;
  }

  /** Whether a key says nothing a student could type apart from a wrong answer. */
  public static boolean isEmptyOrArticle(String key) {
    return key.isEmpty() || ARTICLES.contains(key);
  }

  private static String normalized(String answer) {
    String s = Normalizer.normalize(answer, Normalizer.Form.NFKC);
    return TextFolding.fold(s).text().toLowerCase(Locale.ROOT);
  }

  private static String letters(String s) {
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
