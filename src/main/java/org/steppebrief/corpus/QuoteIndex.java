package org.steppebrief.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds quotes in one source's folded passages without rescanning the source per quote.
 *
 * <p>Every position where a word starts is keyed by a hash of the next {@value #KEY_CHARS} folded
 * characters; the keys are packed with their positions into one sorted {@code long[]}, so a lookup
 * is a binary search plus a check of the few candidates. A quote matches only whole words, inside
 * one passage.
 */
public final class QuoteIndex {
  static final int KEY_CHARS = 12;
  private static final int POSITION_BITS = 26;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  /** Largest folded source the packed keys can address. */
  public static final int MAX_FOLDED_CHARS = (int) POSITION_MASK;

  private final List<Passage> passages;
  private final String text;
  private final int[] passageStart;
  private final TextFolding.Folded[] folded;
  private final long[] keys;
  private Map<Integer, Set<String>> bigramCache;

  private QuoteIndex(List<Passage> passages) {
    this.passages = List.copyOf(passages);
    StringBuilder all = new StringBuilder();
    passageStart = new int[passages.size()];
    folded = new TextFolding.Folded[passages.size()];
    for (int p = 0; p < passages.size(); p++) {
      folded[p] = TextFolding.foldForMatching(passages.get(p).text());
      passageStart[p] = all.length();
      // A newline never survives folding, so no quote can match across two passages.
      all.append(folded[p].text()).append('\n');
    }
    if (all.length() > MAX_FOLDED_CHARS) {
      throw new IllegalArgumentException("source too large to index: " + all.length() + " chars");
    }
    text = all.toString();
    keys = buildKeys(text);
  }

  public static QuoteIndex of(List<Passage> passages) {
    return new QuoteIndex(passages);
  }

  private static long[] buildKeys(String text) {
    long[] out = new long[text.length() / 2 + 1];
    int n = 0;
    for (int i = 0; i + KEY_CHARS <= text.length(); i++) {
      if (isTokenStart(text, i)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = (hash(text, i) << POSITION_BITS) | i;
      }
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  private static boolean isTokenStart(String text, int i) {
    char c = text.charAt(i);
    if (c == ' ' || c == '\n') {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return before == ' '
        || before == '\n'
        || (TextFolding.isWordChar(c) && !TextFolding.isWordChar(before));
  }

  /** A hash of the key's characters, in the bits left above the position. */
  private static long hash(CharSequence s, int from) {
    long h = 1125899906842597L;
    for (int k = from; k < from + KEY_CHARS; k++) {
      h = 31 * h + s.charAt(k);
    }
    return (h >>> POSITION_BITS) & (-1L >>> POSITION_BITS);
  }

  /** Where a quote is, or why it cannot be placed. */
  public sealed interface Result {}

  /** The quote is at {@code [start, end)} of the passage's text. */
  public record Found(Passage passage, int start, int end) implements Result {}

  /** The quote is not in this source. */
  public record NotFound(Optional<Passage> closest, String hint) implements Result {}

  /** The quote occurs more than once and nothing says which occurrence is meant. */
  public record Ambiguous(List<Found> occurrences) implements Result {}

  /** The quote is there only as part of longer words. */
  public record PartWord(Found at) implements Result {}

  /**
   * Finds {@code quote}; {@code prefix}, {@code suffix} and {@code passageHint} (a passage id or
   * paragraph number) narrow several occurrences down to one, as W3C's TextQuoteSelector does.
   */
  public Result find(String quote, String prefix, String suffix, String passageHint) {
    String q = TextFolding.foldQuote(quote);
    if (q.isEmpty()) {
      return new NotFound(Optional.empty(), "the quote is empty");
    }
    List<Integer> whole = occurrences(q).stream().filter(pos -> isWholeWords(pos, q)).toList();
    if (whole.isEmpty()) {
      List<Integer> partWord = scan(q);
      return partWord.isEmpty() ? notFound(q) : new PartWord(locate(partWord.get(0), q.length()));
    }
    List<Integer> narrowed = new ArrayList<>(whole);
    if (prefix != null && !prefix.isBlank()) {
      String p = TextFolding.foldQuote(prefix);
      narrowed.removeIf(pos -> !endsBefore(pos, p));
    }
    if (suffix != null && !suffix.isBlank()) {
      String s = TextFolding.foldQuote(suffix);
      narrowed.removeIf(pos -> !startsAfter(pos + q.length(), s));
    }
    if (passageHint != null && !passageHint.isBlank()) {
      narrowed.removeIf(pos -> !matchesHint(passageOf(pos), passageHint.strip()));
    }
    if (narrowed.isEmpty()) {
      return new NotFound(
          Optional.of(passages.get(passageOf(whole.get(0)))),
          "the quote is in the source, but not with the given prefix, suffix or passage");
    }
    if (narrowed.size() > 1) {
      return new Ambiguous(narrowed.stream().map(pos -> locate(pos, q.length())).toList());
    }
    return locate(narrowed.get(0), q.length());
  }

  /**
   * Candidate positions of {@code q}. A quote that starts with a letter or digit starts at an
   * indexed token start wherever it matches whole words, so the index finds all of those; any other
   * quote is scanned for.
   */
  private List<Integer> occurrences(String q) {
    if (q.length() < KEY_CHARS || !TextFolding.isWordChar(q.charAt(0))) {
      return scan(q);
    }
    List<Integer> out = new ArrayList<>();
    long key = hash(q, 0);
    for (int i = lowerBound(key << POSITION_BITS);
        i < keys.length && (keys[i] >>> POSITION_BITS) == key;
        i++) {
      int pos = (int) (keys[i] & POSITION_MASK);
      if (text.startsWith(q, pos)) {
        out.add(pos);
      }
    }
    out.sort(null);
    return out;
  }

  private List<Integer> scan(String q) {
    List<Integer> out = new ArrayList<>();
    for (int pos = text.indexOf(q); pos >= 0; pos = text.indexOf(q, pos + 1)) {
      out.add(pos);
    }
    return out;
  }

  private int lowerBound(long value) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean isWholeWords(int pos, String q) {
    int end = pos + q.length();
    boolean startOk =
        pos == 0
            || !(TextFolding.isWordChar(text.charAt(pos - 1))
                && TextFolding.isWordChar(q.charAt(0)));
    boolean endOk =
        end >= text.length()
            || !(TextFolding.isWordChar(text.charAt(end))
                && TextFolding.isWordChar(q.charAt(q.length() - 1)));
    return startOk && endOk;
  }

  private boolean endsBefore(int pos, String prefix) {
    String before = text.substring(Math.max(0, pos - prefix.length() - 1), pos).stripTrailing();
    return before.endsWith(prefix.strip());
  }

  private boolean startsAfter(int pos, String suffix) {
    String after = text.substring(pos, Math.min(text.length(), pos + suffix.length() + 1));
    return after.stripLeading().startsWith(suffix.strip());
  }

  private boolean matchesHint(int p, String hint) {
    Passage passage = passages.get(p);
    return passage.id().equals(hint)
        || passage.anchor().equals(hint)
        || (passage.role() != Role.NOTE && Integer.toString(passage.number()).equals(hint));
  }

  private int passageOf(int pos) {
    int i = Arrays.binarySearch(passageStart, pos);
    return i >= 0 ? i : -i - 2;
  }

  private Found locate(int pos, int length) {
    int p = passageOf(pos);
    TextFolding.Folded f = folded[p];
    int from = pos - passageStart[p];
    int to = from + length;
    return new Found(passages.get(p), f.origin()[from], f.originEnd(to));
  }

  private NotFound notFound(String q) {
    int best = -1;
    int bestScore = 0;
    Set<String> wanted = bigrams(q);
    for (int p = 0; p < passages.size(); p++) {
      Set<String> have = bigramsOfPassage(p);
      int score = 0;
      for (String b : wanted) {
        if (have.contains(b)) {
          score++;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    if (best < 0) {
      return new NotFound(
          Optional.empty(), "no passage of this source shares two words in a row with it");
    }
    return new NotFound(Optional.of(passages.get(best)), divergence(q, folded[best].text()));
  }

  /** Says where the quote stops agreeing with the passage that has most of its words. */
  static String divergence(String q, String passage) {
    String[] words = q.split(" ");
    int bestStart = -1;
    int bestWords = 0;
    for (int start = 0; start < words.length; start++) {
      int lo = 0;
      int hi = words.length - start;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (passage.contains(String.join(" ", Arrays.copyOfRange(words, start, start + mid)))) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      if (lo > bestWords) {
        bestWords = lo;
        bestStart = start;
      }
      if (bestWords >= words.length - start) {
        break;
      }
    }
    if (bestStart < 0 || bestWords < 2) {
      return "few of its words appear in this source in the same order";
    }
    String agreed = String.join(" ", Arrays.copyOfRange(words, bestStart, bestStart + bestWords));
    int at = passage.indexOf(agreed) + agreed.length();
    String sourceGoesOn = clip(passage.substring(at).strip(), 40);
    String quoteGoesOn =
        clip(String.join(" ", Arrays.copyOfRange(words, bestStart + bestWords, words.length)), 40);
    if (bestStart > 0) {
      int before = passage.indexOf(agreed);
      return "its words from \""
          + clip(agreed, 40)
          + "\" on are in the source, but before them the quote has \""
          + clip(String.join(" ", Arrays.copyOfRange(words, 0, bestStart)), 40)
          + "\" where the source has \""
          + clipEnd(passage.substring(0, before).strip(), 40)
          + "\"";
    }
    return "it agrees with the source up to \""
        + clipEnd(agreed, 40)
        + "\", then the quote has \""
        + quoteGoesOn
        + "\" where the source has \""
        + sourceGoesOn
        + "\"";
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  private static String clipEnd(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max);
  }

  private Set<String> bigramsOfPassage(int p) {
    if (bigramCache == null) {
      bigramCache = new HashMap<>();
    }
    return bigramCache.computeIfAbsent(p, k -> bigrams(folded[k].text()));
  }

  private static Set<String> bigrams(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.length; i++) {
      if (!words[i].isEmpty() && !words[i + 1].isEmpty()) {
        out.add(words[i] + ' ' + words[i + 1]);
      }
    }
    return out;
  }

  /** True when the quote occurs in this source as whole words, once or more. */
  public boolean contains(String quote) {
    String q = TextFolding.foldQuote(quote);
    return !q.isEmpty() && occurrences(q).stream().anyMatch(pos -> isWholeWords(pos, q));
  }
}
