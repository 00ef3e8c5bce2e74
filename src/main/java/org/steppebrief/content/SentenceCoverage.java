package org.steppebrief.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.corpus.SentenceSplitter;
import org.steppebrief.corpus.Source;
import org.steppebrief.corpus.SourceSentence;

/**
 * How many sentences of the sources' substantive body passages facts cite. A paragraph with one
 * cited sentence counts in full for {@link Coverage}; here each of its claims counts.
 *
 * <p>A sentence is cited when one fact's quote holds at least {@value #MIN_WORDS} of its words, or
 * all of them when it has fewer. Words are counted on the passage's text, with the quote's place as
 * the quote index found it. A sentence the catalog skips (with a reason) is counted as skipped,
 * unless a fact cites it anyway; the share is (cited + skipped) / total.
 */
public record SentenceCoverage(List<PerSource> sources) {
  /** Words a quote must share with a sentence to cite it (fewer if the sentence is shorter). */
  public static final int MIN_WORDS = 8;

  public SentenceCoverage {
    sources = List.copyOf(sources);
  }

  /** One source's figures, with its uncited and its skipped sentences. */
  public record PerSource(
      String sourceId,
      String file,
      int cited,
      int total,
      List<SourceSentence> uncited,
      List<SourceSentence> skipped) {
    public PerSource {
      uncited = List.copyOf(uncited);
      skipped = List.copyOf(skipped);
    }

    public double share() {
      return SentenceCoverage.share(cited, skipped.size(), total);
    }
  }

  public int cited() {
    return sources.stream().mapToInt(PerSource::cited).sum();
  }

  public int skipped() {
    return sources.stream().mapToInt(s -> s.skipped().size()).sum();
  }

  public int total() {
    return sources.stream().mapToInt(PerSource::total).sum();
  }

  public double share() {
    return share(cited(), skipped(), total());
  }

  private static double share(int cited, int skipped, int total) {
    return total == 0 ? 1.0 : (double) (cited + skipped) / total;
  }

  public static SentenceCoverage of(Library library) {
    Map<String, List<Citation>> byPassage = new HashMap<>();
    for (Fact fact : library.facts()) {
      byPassage
          .computeIfAbsent(fact.citation().passageId(), k -> new ArrayList<>())
          .add(fact.citation());
    }
    List<PerSource> per = new ArrayList<>();
    for (Source source : library.sources()) {
      int cited = 0;
      List<SourceSentence> uncited = new ArrayList<>();
      List<SourceSentence> skipped = new ArrayList<>();
      for (SourceSentence s : source.sentences()) {
        if (isCited(s, byPassage.getOrDefault(s.passageId(), List.of()))) {
          cited++;
        } else if (s.isSkipped()) {
          skipped.add(s);
        } else {
          uncited.add(s);
        }
      }
      per.add(
          new PerSource(
              source.id(),
              "seeds/" + source.file(),
              cited,
              source.sentences().size(),
              uncited,
              skipped));
    }
    return new SentenceCoverage(per);
  }

  /**
   * Whether one of the quotes holds {@value #MIN_WORDS} of the sentence's words, or all of them.
   */
  static boolean isCited(SourceSentence sentence, List<Citation> quotes) {
    List<int[]> words = SentenceSplitter.words(sentence.text());
    int needed = Math.min(MIN_WORDS, words.size());
    for (Citation quote : quotes) {
      int inside = 0;
      for (int[] w : words) {
        int from = sentence.start() + w[0];
        int to = sentence.start() + w[1];
        if (from >= quote.start() && to <= quote.end()) {
          inside++;
        }
      }
      if (inside >= needed) {
        return true;
      }
    }
    return false;
  }
}
