package org.steppebrief.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.steppebrief.quiz.AnswerFolding;

/**
 * A regular expression in XML Schema's dialect (which QTI's patternMatch uses: the whole response
 * must match, no flags) that matches a typed response exactly when our grader would accept it, as
 * far as the dialect can say it. From each accepted answer's {@linkplain AnswerFolding#key key}:
 *
 * <ul>
 *   <li>any case: each letter is a class of its lower- and upper-case forms;
 *   <li>punctuation and spacing do not count: words are separated by one or more, and the answer
 *       may be surrounded by any number of, characters that are not letters, marks or digits;
 *   <li>a leading "the", "a" or "an" followed by a separator may precede the answer;
 *   <li>a word of two to five letters may also be written as an abbreviation with periods (a period
 *       after each letter, white space after a period, the last period optional);
 *   <li>a word ending in "s" may have an apostrophe before the "s" ("Portugal's").
 * </ul>
 *
 * What it does not say: Unicode compatibility forms (full-width letters), an apostrophe elsewhere
 * inside a word, abbreviations with periods of words longer than five letters.
 */
final class QtiPattern {
  private static final String SEP = "[^\\p{L}\\p{M}\\p{N}]";
  private static final String APOSTROPHE = "['\u2018\u2019`\u00B4]?";
  private static final int ABBREVIATION = 5;

  private QtiPattern() {}

  static String accepting(List<String> accepted) {
    Set<String> alternatives = new LinkedHashSet<>();
    for (String answer : accepted) {
      String key = AnswerFolding.key(answer);
      if (key.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String word : key.split(" ")) {
        words.add(word(word));
      }
      alternatives.add(String.join(SEP + "+", words));
    }
    if (alternatives.isEmpty()) {
      // Nothing typed is ever right: a pattern no string matches.
      return "[^\\s\\S]";
    }
    String articles =
        "(("
            + String.join("|", AnswerFolding.ARTICLES.stream().map(QtiPattern::caseless).toList())
            + ")"
            + SEP
            + "+)?";
    return SEP + "*" + articles + "(" + String.join("|", alternatives) + ")" + SEP + "*";
  }

  private static String word(String word) {
    String plain = caseless(word);
    if (word.length() > 2
        && word.endsWith("s")
        && Character.isLetter(word.charAt(word.length() - 2))) {
      plain = caseless(word.substring(0, word.length() - 1)) + APOSTROPHE + caseless("s");
    }
    int letters = word.codePointCount(0, word.length());
    if (letters < 2 || letters > ABBREVIATION || !word.codePoints().allMatch(Character::isLetter)) {
      return plain;
    }
    int[] cps = word.codePoints().toArray();
    StringBuilder dotted = new StringBuilder();
    for (int i = 0; i < cps.length - 1; i++) {
      dotted.append(i == 0 ? "" : "\\s*").append(letter(cps[i])).append("\\.");
    }
    String last = letter(cps[cps.length - 1]);
    dotted.append("(\\s*").append(last).append("\\.|").append(last).append(")");
    return "(" + plain + "|" + dotted + ")";
  }

  private static String caseless(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(letter(c)));
    return out.toString();
  }

  private static String letter(int c) {
    int lower = Character.toLowerCase(c);
    int upper = Character.toUpperCase(c);
    if (lower == upper) {
      return Character.toString(c);
    }
    return "[" + Character.toString(lower) + Character.toString(upper) + "]";
  }
}
