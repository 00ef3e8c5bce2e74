package org.steppebrief.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;

/**
 * Makes the YAML of a new fact from words of a source, so an author never types a quote: the quote
 * is cut from the passage's own text (curly quotes, dashes and all), and a {@code prefix} or {@code
 * suffix} is added only when the words occur more than once, with as few whole words as make them
 * unique. Every stub is checked with the same {@link QuoteIndex#find} the loader uses before it is
 * offered.
 */
public final class FactStub {
  /** Longest selection turned into a stub; a fact quotes a sentence or two, not a page. */
  public static final int MAX_QUOTE_CHARS = 2_000;

  private static final int MIN_QUOTE_WORDS = 4;
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it",
          "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "which",
          "with");

  private FactStub() {}

  /**
   * A ready stub: where its quote is ({@code [start, end)} of the passage's text) and what narrows
   * it down.
   */
  public record Stub(
      String id,
      Source source,
      Passage passage,
      int start,
      int end,
      String quote,
      Optional<String> prefix,
      Optional<String> suffix,
      int occurrences) {

    /** The fact as YAML, indented to go under a topic's {@code facts:}. */
    public String yaml() {
      StringBuilder y = new StringBuilder();
      y.append("  - id: ").append(id).append('\n');
      y.append("    statement: \"\"  # what the quote says, in your words, and no more\n");
      y.append("    source: ").append(source.id()).append('\n');
      y.append("    quote: ").append(quoted(quote)).append('\n');
      y.append("    passage: ")
          .append(quoted(passage.id()))
          .append("  # ")
          .append(passageLabel(passage))
          .append(
              occurrences > 1 && prefix.isEmpty() && suffix.isEmpty()
                  ? "; the words occur " + occurrences + " times, the passage tells them apart"
                  : "")
          .append('\n');
      String why =
          "  # the words occur " + occurrences + " times in this source; this makes them unique";
      prefix.ifPresent(p -> y.append("    prefix: ").append(quoted(p)).append(why).append('\n'));
      suffix.ifPresent(s -> y.append("    suffix: ").append(quoted(s)).append(why).append('\n'));
      y.append("    kind:  # fact | assessment | prediction | quotation");
      y.append(" (all but fact need said_by: who holds the view)\n");
      if (quote.strip().split("\\s+").length < MIN_QUOTE_WORDS) {
        y.append("    # check warns about quotes shorter than ")
            .append(MIN_QUOTE_WORDS)
            .append(" words\n");
      }
      return y.toString();
    }
  }

  /** What asking for a stub gave. */
  public sealed interface Outcome {}

  /** One stub per place the words are (more than one only for pasted words found twice). */
  public record Made(List<Stub> stubs) implements Outcome {
    public Made {
      stubs = List.copyOf(stubs);
    }
  }

  /** No stub: why, and the passage closest to the words when there is one. */
  public record Refused(String message, Optional<Passage> closest, String hint)
      implements Outcome {}

  /**
   * A stub for the characters {@code [start, end)} of a passage's text, as selected in the reader;
   * the range is widened to whole words and trimmed of white space.
   */
  public static Outcome fromSelection(
      Source source,
      QuoteIndex index,
      String passageId,
      int start,
      int end,
      Predicate<String> taken) {
    Optional<Passage> found = source.passage(passageId);
    if (found.isEmpty()) {
      return new Refused(
          "no passage `" + passageId + "` in `" + source.id() + "`",
          Optional.empty(),
          "reload the source page: its text may have changed");
    }
    Passage passage = found.get();
    String text = passage.text();
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    while (from > 0
        && isWordChar(text.charAt(from - 1))
        && from < text.length()
        && isWordChar(text.charAt(from))) {
      from--;
    }
    while (to < text.length()
        && to > 0
        && isWordChar(text.charAt(to))
        && isWordChar(text.charAt(to - 1))) {
      to++;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return new Refused("nothing selected", Optional.empty(), "select words of one passage");
    }
    if (to - from > MAX_QUOTE_CHARS) {
      return new Refused(
          "the selection is longer than " + MAX_QUOTE_CHARS + " characters",
          Optional.of(passage),
          "a fact quotes a sentence or two");
    }
    return at(source, index, passage, from, to, taken);
  }

  /**
   * A stub for words pasted by an author, found in the source as the loader finds quotes; {@code
   * passageHint} (a passage id or paragraph number, may be blank) narrows them down.
   */
  public static Outcome fromWords(
      Source source, QuoteIndex index, String words, String passageHint, Predicate<String> taken) {
    if (words.isBlank()) {
      return new Refused("no words given", Optional.empty(), "paste the words to quote");
    }
    if (words.length() > MAX_QUOTE_CHARS) {
      return new Refused(
          "the words are longer than " + MAX_QUOTE_CHARS + " characters",
          Optional.empty(),
          "a fact quotes a sentence or two");
    }
    QuoteIndex.Result result = index.find(words, null, null, passageHint);
    List<QuoteIndex.Found> places = List.of();
    if (result instanceof QuoteIndex.Found f) {
      places = List.of(f);
    } else if (result instanceof QuoteIndex.Ambiguous a) {
      places = a.occurrences();
    }
    if (result instanceof QuoteIndex.PartWord part) {
      Passage p = part.at().passage();
      return new Refused(
          "the words begin or end in the middle of a word",
          Optional.of(p),
          "in "
              + passageLabel(p)
              + " they are part of \""
              + p.text()
                  .substring(
                      Math.max(0, part.at().start() - 10),
                      Math.min(p.text().length(), part.at().end() + 10))
              + "\"; paste whole words");
    }
    if (result instanceof QuoteIndex.NotFound miss) {
      return new Refused(
          "these words are not in `"
              + source.id()
              + "`"
              + (passageHint == null || passageHint.isBlank() ? "" : " at " + passageHint),
          miss.closest(),
          miss.hint());
    }
    List<Stub> stubs = new ArrayList<>();
    Set<String> made = new java.util.HashSet<>();
    for (QuoteIndex.Found place : places) {
      Outcome one =
          at(source, index, place.passage(), place.start(), place.end(), taken.or(made::contains));
      if (one instanceof Made m) {
        m.stubs().forEach(s -> made.add(s.id()));
        stubs.addAll(m.stubs());
      } else {
        return one;
      }
    }
    return new Made(stubs);
  }

  /** The stub for exactly {@code [from, to)} of the passage's text, checked by the matcher. */
  private static Outcome at(
      Source source, QuoteIndex index, Passage passage, int from, int to, Predicate<String> taken) {
    String text = passage.text();
    String quote = text.substring(from, to);
    QuoteIndex.Result alone = index.find(quote, null, null, null);
    Optional<String> prefix = Optional.empty();
    Optional<String> suffix = Optional.empty();
    int occurrences = 1;
    if (alone instanceof QuoteIndex.Ambiguous many) {
      occurrences = many.occurrences().size();
      List<int[]> before = wordStartsBefore(text, from);
      List<int[]> after = wordEndsAfter(text, to);
      for (int k = 1; k <= Math.max(before.size(), after.size()); k++) {
        // Of a prefix and a suffix of the same number of words, the shorter text wins.
        Optional<String> p =
            k <= before.size()
                ? Optional.of(text.substring(before.get(k - 1)[0], from).strip())
                : Optional.empty();
        Optional<String> s =
            k <= after.size()
                ? Optional.of(text.substring(to, after.get(k - 1)[0]).strip())
                : Optional.empty();
        boolean pWorks =
            p.isPresent() && placed(index.find(quote, p.get(), null, null), passage, from, to);
        boolean sWorks =
            s.isPresent() && placed(index.find(quote, null, s.get(), null), passage, from, to);
        if (pWorks && (!sWorks || p.get().length() <= s.get().length())) {
          prefix = p;
          break;
        }
        if (sWorks) {
          suffix = s;
          break;
        }
      }
    } else if (!placed(alone, passage, from, to)) {
      return new Refused(
          "the matcher cannot place these words as they stand",
          Optional.of(passage),
          describe(alone));
    }
    // A stub always names its passage; with it, words repeated in identical passages are placed
    // too.
    QuoteIndex.Result check =
        index.find(quote, prefix.orElse(null), suffix.orElse(null), passage.id());
    if (!placed(check, passage, from, to)) {
      return new Refused(
          "the matcher cannot place these words as they stand",
          Optional.of(passage),
          describe(check));
    }
    return new Made(
        List.of(
            new Stub(
                freshId(source.id(), quote, taken),
                source,
                passage,
                from,
                to,
                quote,
                prefix,
                suffix,
                occurrences)));
  }

  private static boolean placed(QuoteIndex.Result r, Passage passage, int from, int to) {
    return r instanceof QuoteIndex.Found f
        && f.passage().id().equals(passage.id())
        && f.start() == from
        && f.end() == to;
  }

  private static String describe(QuoteIndex.Result r) {
    if (r instanceof QuoteIndex.Found f) {
      return "the matcher places them at " + passageLabel(f.passage()) + " instead";
    }
    if (r instanceof QuoteIndex.Ambiguous a) {
      return "they occur " + a.occurrences().size() + " times";
    }
    if (r instanceof QuoteIndex.NotFound n) {
      return n.hint();
    }
    return "they are part of longer words";
  }

  /**
   * Starts of the whole words before {@code from}, nearest first, each with the index where it
   * starts; a run of characters without a letter or digit (a dash, a quote mark) joins the word
   * after it rather than counting as one.
   */
  private static List<int[]> wordStartsBefore(String text, int from) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i > 0) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      int end = i;
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i < end && hasWordChar(text, i, end)) {
        out.add(new int[] {i});
      }
    }
    return out;
  }

  /** Ends of the whole words after {@code to}, nearest first (see {@link #wordStartsBefore}). */
  private static List<int[]> wordEndsAfter(String text, int to) {
    List<int[]> out = new ArrayList<>();
    int i = to;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start < i && hasWordChar(text, start, i)) {
        out.add(new int[] {i});
      }
    }
    return out;
  }

  private static boolean hasWordChar(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isWordChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * An id from the quote's first telling words ("kazbrig-has-shown-how"), or from the source's id
   * when the quote has no Latin letters; {@code -2}, {@code -3} ... until no fact has it.
   */
  static String freshId(String sourceId, String quote, Predicate<String> taken) {
    List<String> words = new ArrayList<>();
    for (String w : quote.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !SMALL_WORDS.contains(w) && words.size() < 4) {
        words.add(w);
      }
    }
    String base =
        words.isEmpty() ? sourceId.replaceAll("[^a-z0-9-]", "") + "-fact" : String.join("-", words);
    String id = base;
    for (int n = 2; taken.test(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** {@code ¶12 (line 58)} or {@code note 3}: how a reader finds the passage. */
  static String passageLabel(Passage p) {
    return (p.kind() == Passage.Kind.NOTE ? "note " : "¶") + p.number() + ", line " + p.firstLine();
  }

  /** A YAML double-quoted scalar: only the backslash and the double quote need escaping. */
  static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
