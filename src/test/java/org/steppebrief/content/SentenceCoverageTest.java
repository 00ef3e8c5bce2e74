package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.corpus.SourceSentence;

class SentenceCoverageTest {
  @TempDir Path dir;

  private static final String TEXT =
      "Kazakhstan signed its Individual Partnership Action Plan with NATO in January 2006. It"
          + " grew.";

  /** A sentence of {@link #TEXT} and a quote of it, both given by their words. */
  private static boolean cites(String sentence, String quote) {
    int start = TEXT.indexOf(sentence);
    int from = TEXT.indexOf(quote);
    SourceSentence s =
        new SourceSentence(
            "p:1", 1, start, start + sentence.length(), sentence, 1, Optional.empty());
    return SentenceCoverage.isCited(
        s, List.of(new Citation("p", "p:1", from, from + quote.length())));
  }

  @Test
  void aQuoteOfEightWordsOfTheSentenceCitesIt() {
    String sentence =
        "Kazakhstan signed its Individual Partnership Action Plan with NATO in January 2006.";
    assertThat(cites(sentence, "Kazakhstan signed its Individual Partnership Action Plan with"))
        .isTrue();
    assertThat(cites(sentence, "Kazakhstan signed its Individual Partnership Action Plan"))
        .isFalse();
    assertThat(cites(sentence, "Plan with NATO in January 2006. It grew")).isFalse();
  }

  @Test
  void aSentenceShorterThanEightWordsMustBeQuotedWhole() {
    assertThat(cites("It grew.", "January 2006. It grew")).isTrue();
    assertThat(cites("It grew.", "in January 2006. It")).isFalse();
  }

  @Test
  void countsCitedSkippedAndUncitedSentencesPerSource() throws IOException {
    Path root = ContentFixture.withSheets(dir, "good");
    Path catalog = root.resolve("seeds/sources.yaml");
    Files.writeString(
        catalog,
        Files.readString(catalog)
            + "    skip:\n"
            + "      - sentence: Kazakhstan’s role was central.\n"
            + "        reason: a test of skipping\n");
    LibraryLoader.Result result = LibraryLoader.load(root);
    assertThat(result.hasErrors()).isFalse();
    SentenceCoverage coverage = SentenceCoverage.of(result.library());
    SentenceCoverage.PerSource paper = coverage.sources().get(0);
    assertThat(paper.total()).isEqualTo(6);
    assertThat(paper.cited()).isEqualTo(2);
    assertThat(paper.skipped())
        .extracting(SourceSentence::text)
        .containsExactly("Kazakhstan’s role was central.");
    assertThat(paper.uncited())
        .extracting(SourceSentence::text)
        .containsExactly(
            "Cooperation grew every year.",
            "The allies agreed on joint military exercises, which were held in the steppe every"
                + " summer and which were watched by observers from many countries.",
            "Cooperation grew every year.");
    assertThat(paper.share()).isEqualTo(0.5);
    assertThat(paper.file()).isEqualTo("seeds/mini-paper.txt");
  }
}
