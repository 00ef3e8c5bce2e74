package org.steppebrief.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.corpus.Source;

/**
 * How a printout points at its sources: every source has a number (its place in the library, as in
 * the bibliography), a label (its authors' surnames when the text states them, else its title), and
 * a fact points at a paragraph ({@code ¶12}) or a footnote ({@code note 3}) of one source.
 */
final class Citations {
  private final Library library;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  Citations(Library library) {
    this.library = library;
    for (Source source : library.sources()) {
      numbers.put(source.id(), numbers.size() + 1);
    }
  }

  int number(String sourceId) {
    Integer n = numbers.get(sourceId);
    if (n == null) {
      throw new IllegalStateException("validated fact cites an unknown source: " + sourceId);
    }
    return n;
  }

  /** Footnotes quote at most this many words of a passage; the paragraph number finds the rest. */
  static final int QUOTE_WORDS = 16;

  /** Short titles are cut at a word boundary to about this many characters. */
  static final int SHORT_TITLE = 34;

  /**
   * "Smith and Jones" when the text states its authors; otherwise its title, shortened ("Why the
   * harbour is calling for…"), so an inferred or unknown author is never printed as if the source
   * named them.
   */
  static String label(Source source) {
    if (byAuthors(source)) {
      List<String> surnames =
          source.authors().names().stream().map(a -> surname(a.name())).toList();
      if (surnames.size() == 1) {
        return surnames.get(0);
      }
      return String.join(", ", surnames.subList(0, surnames.size() - 1))
          + " and "
          + surnames.get(surnames.size() - 1);
    }
    return shortened(source.displayTitle(), SHORT_TITLE);
  }

  /** Whether a source is cited by its authors' names, which only a stated byline allows. */
  static boolean byAuthors(Source source) {
    return source.authors().status() == Source.Status.STATED && !source.authors().names().isEmpty();
  }

  /** At most about {@code max} characters, cut after a whole word and marked with "…". */
  static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    String head = text.substring(0, cut > 0 ? cut : max);
    // "… calling for a…" reads badly: a short title does not end on a little word.
    head = head.replaceAll("(\\s+(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with))+$", "");
    return head.replaceAll("[\\s,;:]+$", "") + "…";
  }

  /** The first {@value #QUOTE_WORDS} words of a quote, with "…" if there are more. */
  static String excerpt(String quote) {
    String[] words = quote.strip().split("\\s+");
    if (words.length <= QUOTE_WORDS) {
      return quote.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + " …";
  }

  private static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  /** Where in its source a fact's quote is: "¶12", or "note 3" for a footnote. */
  String where(Fact fact) {
    return library.evidence(fact).locator();
  }

  /** The short reference printed after a sentence: "[2 ¶12]". */
  String brief(Fact fact) {
    return number(fact.sourceId()) + " " + where(fact);
  }

  /**
   * A footnote's entries for facts: per source (in order of first citation), its label and number
   * and, per fact, where the quote is and its words.
   */
  List<BriefingView.Note> notes(List<Fact> facts) {
    Map<String, List<BriefingView.Quote>> bySource = new LinkedHashMap<>();
    for (Fact fact : facts) {
      List<BriefingView.Quote> quotes =
          bySource.computeIfAbsent(fact.sourceId(), k -> new java.util.ArrayList<>());
      BriefingView.Quote quote =
          new BriefingView.Quote(where(fact), excerpt(library.evidence(fact).words()));
      if (!quotes.contains(quote)) {
        quotes.add(quote);
      }
    }
    return bySource.entrySet().stream()
        .map(
            e ->
                new BriefingView.Note(
                    label(library.source(e.getKey()).orElseThrow()),
                    number(e.getKey()),
                    e.getValue()))
        .toList();
  }

  /** The brief references of several facts, in order, without repeats: "2 ¶12; 2 ¶14". */
  String brief(List<Fact> facts) {
    return String.join("; ", facts.stream().map(this::brief).distinct().toList());
  }
}
