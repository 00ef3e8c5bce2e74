package org.steppebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences by general rules of English punctuation, not rules for one text. Used
 * for summary sentences (which must each cite a fact) and for body passages (whose every sentence a
 * fact should cite or {@code sources.yaml} should skip with a reason).
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …}, optionally followed by
 * closing quotes or brackets and a footnote number glued to them ({@code future.1}), when the next
 * sentence starts after white space with a capital, a digit, an opening quote or bracket, or a dash
 * and a capital (an interview's next speaker). A sentence also ends without a space when a
 * lower-case word's full stop is glued to a capitalised word ({@code peace.According}), a typing
 * slip common in web texts. It does not end at:
 *
 * <ul>
 *   <li>titles and Latin abbreviations ({@code Gen.}, {@code Dr.}, {@code e.g.}, {@code et al.});
 *   <li>abbreviations that stand before a number ({@code No. 2 (44)}, {@code p. 69}, {@code Vol.
 *       II});
 *   <li>initials ({@code J.R. Tolkien}, {@code U.S. Army}, {@code U.N. Security Council}), unless
 *       the next word is one that opens sentences and never names anything ({@code ... the U.S. The
 *       ...});
 *   <li>the number or letter of a numbered clause at a sentence's start ({@code 2. Portugal ...}).
 * </ul>
 *
 * <p>Quoted speech that runs over several sentences is split into its sentences; the attribution
 * after the closing quote ({@code ...,” Smith said.}) stays with the last one, because a comma or a
 * lower-case word after a closing quote ends nothing.
 */
public final class SentenceSplitter {
  /** A sentence of a text: its character range in that text and its words. */
  public record Sentence(int start, int end, String text) {
    /** How many words the sentence has (runs of letters and digits). */
    public int wordCount() {
      return words(text).size();
    }
  }

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "[.!?…]+[\"”’')\\]»]*(?:\\d{1,3}(?=[\\s\\u00A0]))?"
              + "(?:[\\s\\u00A0\\u2007\\u202F]+(?=[\\p{Lu}\\d\"“‘'(\\[«]|[—–-]\\s*\\p{Lu})|(?=\\p{Lu}\\p{Ll}))");

  /** One word: letters and digits, with inner apostrophes and hyphens ("Portugal’s", "U.S"). */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*");

  /** "U", "U.S", "M.T": initials, whose full stop usually ends no sentence. */
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");

  /** The number or letter of a numbered clause: "2", "iv", "b". */
  private static final Pattern ENUMERATOR =
      Pattern.compile("\\(?(\\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])\\)?");

  /** A bullet or dash that marks an item or a speaker, not part of the first sentence. */
  private static final Pattern LEADING_MARK = Pattern.compile("^[\\s\\u00A0■•●▪◦·*—–-]+");

  /** Abbreviations that never end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov",
          "Sen", "Rep", "Pres", "Amb", "St", "Mt", "Jr", "Sr", "vs", "e.g", "i.e", "cf", "al", "ed",
          "eds", "approx", "ca", "Messrs", "Ltd", "Inc", "Co", "Corp", "Dept", "Univ");

  /** Abbreviations that end no sentence when a number follows ("No. 2", "p. 69", "Vol. II"). */
  private static final Set<String> BEFORE_NUMBERS =
      Set.of(
          "No", "no", "Nos", "nos", "Vol", "vol", "Vols", "p", "pp", "Art", "art", "Fig", "fig",
          "Ch", "ch", "Sec", "sec", "Para", "para", "Nr", "nr", "Tab", "tab");

  /**
   * Words that open sentences and never name anything, so "the U.S. The ..." ends a sentence while
   * "the U.S. Army" does not.
   */
  private static final Set<String> OPENERS =
      Set.of(
          "A",
          "An",
          "The",
          "This",
          "That",
          "These",
          "Those",
          "It",
          "Its",
          "He",
          "She",
          "They",
          "We",
          "I",
          "You",
          "There",
          "Here",
          "In",
          "On",
          "At",
          "By",
          "For",
          "From",
          "With",
          "As",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "However",
          "Moreover",
          "Therefore",
          "Thus",
          "Meanwhile",
          "If",
          "When",
          "While",
          "Although",
          "Since",
          "Because",
          "After",
          "Before",
          "According",
          "Such",
          "Some",
          "Many",
          "Most",
          "All",
          "Both",
          "Each",
          "Only",
          "Also",
          "Nor",
          "Not",
          "Now",
          "Then",
          "Still",
          "Indeed",
          "Instead",
          "Whereby",
          "Whatever",
          "What",
          "Why",
          "How",
          "Who",
          "Which",
          "Our",
          "Their",
          "His",
          "Her",
          "My",
          "Your");

  /** A leading fragment this short ("First scenario.", "Note.") labels the sentence after it. */
  private static final int LABEL_WORDS = 2;

  private SentenceSplitter() {}

  /** The text without a leading bullet or dash. */
  public static String withoutLeadingMark(String text) {
    return LEADING_MARK.matcher(text).replaceFirst("");
  }

  /**
   * Where sentences start in {@code text}: 0 and the index after each sentence end's white space.
   */
  public static List<Integer> starts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      int next = m.end();
      if (next >= text.length()) {
        break;
      }
      if (endsSentence(text, starts.get(starts.size() - 1), m.start(), next)) {
        starts.add(next);
      }
    }
    return starts;
  }

  /**
   * The sentences of a passage's text, each with its range; a leading bullet or dash (an item's or
   * a speaker's mark) is left out, white space is left off both ends, a short leading label is
   * joined to the sentence it labels, and stretches without words (a lone dash) are dropped.
   */
  public static List<Sentence> split(String text) {
    List<Integer> starts = starts(text);
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
      Matcher mark = LEADING_MARK.matcher(text).region(from, to);
      if (mark.lookingAt()) {
        from = mark.end();
      }
      while (from < to && isSpace(text.charAt(from))) {
        from++;
      }
      while (to > from && isSpace(text.charAt(to - 1))) {
        to--;
      }
      if (words(text.substring(from, to)).isEmpty()) {
        continue;
      }
      ranges.add(new int[] {from, to});
    }
    if (ranges.size() > 1) {
      int[] first = ranges.get(0);
      if (words(text.substring(first[0], first[1])).size() <= LABEL_WORDS) {
        ranges.get(1)[0] = first[0];
        ranges.remove(0);
      }
    }
    return ranges.stream().map(r -> new Sentence(r[0], r[1], text.substring(r[0], r[1]))).toList();
  }

  /** The words of a text with their ranges: {@code [start, end)} pairs. */
  public static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /**
   * Whether the punctuation at {@code stop} ends a sentence that began at {@code sentenceStart},
   * the next one starting at {@code next}.
   */
  private static boolean endsSentence(String text, int sentenceStart, int stop, int next) {
    boolean glued = !isSpace(text.charAt(next - 1));
    int wordStart = stop;
    while (wordStart > 0 && !isSpace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, stop);
    // the abbreviation or initials end the word: "Anglo-U.S", "(e.g", "“No"
    int tailStart = stop;
    while (tailStart > wordStart
        && (Character.isLetterOrDigit(text.charAt(tailStart - 1))
            || text.charAt(tailStart - 1) == '.')) {
      tailStart--;
    }
    String tail = text.substring(tailStart, stop);
    if (glued) {
      // "Peace.”This" and "peace.According": a closing quote, or a lower-case word, glued to a
      // capitalised word; "Pravda.ru" and "U.S.-led" never get here, and "Lisbon.Portugal" is
      // more likely a name than a slip.
      if ("\"”’'»".indexOf(text.charAt(next - 1)) >= 0) {
        return true;
      }
      String bare = word.replaceAll("^[\"“‘'(\\[«]+", "");
      return bare.length() >= 2 && bare.chars().allMatch(Character::isLowerCase);
    }
    if (text.charAt(stop) != '.') {
      return true;
    }
    String bare = tail;
    String following = nextWord(text, next);
    if (ABBREVIATIONS.contains(bare)) {
      return false;
    }
    if (BEFORE_NUMBERS.contains(bare)
        && (following.isEmpty() || isNumber(following) || following.matches("[IVXLC]+"))) {
      return false;
    }
    if (INITIALS.matcher(bare).matches()) {
      return OPENERS.contains(following);
    }
    if (text.substring(sentenceStart, wordStart).isBlank()
        || LEADING_MARK.matcher(text.substring(sentenceStart, wordStart)).matches()) {
      // the first token of a sentence: "2." or "(b)." numbers a clause
      return !ENUMERATOR.matcher(word).matches();
    }
    return true;
  }

  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }

  /** White space, including the no-break spaces web texts carry. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
