package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteIndexTest {
  private static List<Passage> passages;
  private static QuoteIndex index;

  @BeforeAll
  static void load() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/seeds/mini-paper.txt"));
    passages =
        PassageSplitter.split(
            "mini-paper",
            text,
            List.of(new Region(1, 1, Role.EXCLUDED, ""), new Region(10, 12, Role.TABLE, "")));
    index = QuoteIndex.of(passages);
  }

  private static QuoteIndex.Found found(QuoteIndex.Result result) {
    assertThat(result).isInstanceOf(QuoteIndex.Found.class);
    return (QuoteIndex.Found) result;
  }

  /**
   * The quote was found in the passage starting on {@code firstLine}, from {@code start} to {@code
   * end} of its text, and those are the source's own {@code words}.
   */
  private static QuoteIndex.Found foundAt(
      QuoteIndex.Result result, int firstLine, int start, int end, String words) {
    QuoteIndex.Found at = found(result);
    assertThat(at.passage().firstLine()).as("first line of the passage").isEqualTo(firstLine);
    assertThat(at.start()).as("start").isEqualTo(start);
    assertThat(at.end()).as("end").isEqualTo(end);
    assertThat(at.passage().text().substring(at.start(), at.end())).isEqualTo(words);
    return at;
  }

  @Test
  void resolvesAQuoteToItsPassageAndCharacterOffsets() {
    foundAt(
        index.find("held in the steppe every summer", null, null, null),
        5,
        58,
        89,
        "held in the steppe every summer");
  }

  @Test
  void matchesASentenceThatAFootnoteLineAndALineBreakInterrupted() {
    // Line 5 ends "joint mil-", the footnote line follows, and "itary" goes on after it.
    foundAt(
        index.find(
            "The allies agreed on joint military exercises, which were held", null, null, null),
        5,
        0,
        62,
        "The allies agreed on joint military exercises, which were held");
  }

  @Test
  void matchesStraightQuotesAndHyphensAgainstCurlyQuotesAndDashes() {
    foundAt(
        index.find(
            "the \"Individual Partnership Action Plan\" followed in 2006 - a new stage.",
            null,
            null,
            null),
        4,
        66,
        138,
        "the “Individual Partnership Action Plan” followed in 2006 — a new stage.");
    foundAt(
        index.find("Kazakhstan's role was central.", null, null, null),
        5,
        147,
        177,
        "Kazakhstan’s role was central.");
  }

  @Test
  void matchesAQuoteThatKeptTheGluedFootnoteMarker() {
    // The marker is not in the passage's text, so the match is one character shorter.
    foundAt(
        index.find("followed in 2006 — a new stage.1 Cooperation grew", null, null, null),
        4,
        107,
        155,
        "followed in 2006 — a new stage. Cooperation grew");
  }

  @Test
  void reportsAQuoteThatOccursTwiceAsAmbiguous() {
    QuoteIndex.Result result = index.find("Cooperation grew every year.", null, null, null);
    assertThat(result).isInstanceOf(QuoteIndex.Ambiguous.class);
    List<QuoteIndex.Found> occurrences = ((QuoteIndex.Ambiguous) result).occurrences();
    assertThat(occurrences).hasSize(2);
    foundAt(occurrences.get(0), 4, 139, 167, "Cooperation grew every year.");
    foundAt(occurrences.get(1), 9, 0, 28, "Cooperation grew every year.");
  }

  @Test
  void narrowsAnAmbiguousQuoteWithAPrefixSuffixOrPassage() {
    foundAt(
        index.find("Cooperation grew every year.", "a new stage.", null, null),
        4,
        139,
        167,
        "Cooperation grew every year.");
    Passage own = passages.stream().filter(p -> p.firstLine() == 9).findFirst().orElseThrow();
    assertThat(
            foundAt(
                    index.find("Cooperation grew every year.", null, null, own.id()),
                    9,
                    0,
                    28,
                    "Cooperation grew every year.")
                .passage())
        .isEqualTo(own);
    assertThat(
            found(
                    index.find(
                        "Cooperation grew every year.", null, null, Integer.toString(own.number())))
                .passage())
        .isEqualTo(own);
  }

  @Test
  void doesNotMatchAcrossTwoPassages() {
    assertThat(index.find("role was central. Cooperation grew every year.", null, null, null))
        .isInstanceOf(QuoteIndex.NotFound.class);
  }

  @Test
  void refusesAQuoteThatCutsAWordInHalf() {
    assertThat(index.find("artnership began in 1994", null, null, null))
        .isInstanceOf(QuoteIndex.PartWord.class);
    assertThat(index.find("The partnership began in 19", null, null, null))
        .isInstanceOf(QuoteIndex.PartWord.class);
  }

  @Test
  void doesNotFoldCaseOrSpelling() {
    assertThat(index.find("the partnership Began in 1994", null, null, null))
        .isInstanceOf(QuoteIndex.NotFound.class);
  }

  @Test
  void pointsAMissAtTheClosestPassageAndWhereTheQuoteGoesWrong() {
    QuoteIndex.Result result =
        index.find("watched by observers from several countries", null, null, null);
    assertThat(result).isInstanceOf(QuoteIndex.NotFound.class);
    QuoteIndex.NotFound miss = (QuoteIndex.NotFound) result;
    assertThat(miss.closest()).hasValueSatisfying(p -> assertThat(p.firstLine()).isEqualTo(5));
    assertThat(miss.hint())
        .contains("watched by observers from")
        .contains("\"several countries\"")
        .contains("many countries");
  }

  @Test
  void findsShortQuotesAndQuotesStartingWithPunctuation() {
    foundAt(index.find("(PfP)", null, null, null), 11, 22, 27, "(PfP)");
    foundAt(
        index.find("“Individual Partnership Action Plan”", null, null, null),
        4,
        70,
        106,
        "“Individual Partnership Action Plan”");
  }
}
