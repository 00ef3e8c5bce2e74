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

  @Test
  void resolvesAQuoteToItsPassageAndCharacterOffsets() {
    QuoteIndex.Found at = found(index.find("held in the steppe every summer", null, null, null));
    assertThat(at.passage().text().substring(at.start(), at.end()))
        .isEqualTo("held in the steppe every summer");
    assertThat(at.passage().firstLine()).isEqualTo(5);
  }

  @Test
  void matchesASentenceThatAFootnoteLineAndALineBreakInterrupted() {
    QuoteIndex.Found at =
        found(
            index.find(
                "The allies agreed on joint military exercises, which were held",
                null,
                null,
                null));
    assertThat(at.start()).isZero();
  }

  @Test
  void matchesStraightQuotesAndHyphensAgainstCurlyQuotesAndDashes() {
    found(
        index.find(
            "the \"Individual Partnership Action Plan\" followed in 2006 - a new stage.",
            null,
            null,
            null));
    found(index.find("Kazakhstan's role was central.", null, null, null));
  }

  @Test
  void matchesAQuoteThatKeptTheGluedFootnoteMarker() {
    found(index.find("followed in 2006 — a new stage.1 Cooperation grew", null, null, null));
  }

  @Test
  void reportsAQuoteThatOccursTwiceAsAmbiguous() {
    QuoteIndex.Result result = index.find("Cooperation grew every year.", null, null, null);
    assertThat(result).isInstanceOf(QuoteIndex.Ambiguous.class);
    assertThat(((QuoteIndex.Ambiguous) result).occurrences()).hasSize(2);
  }

  @Test
  void narrowsAnAmbiguousQuoteWithAPrefixSuffixOrPassage() {
    assertThat(
            found(index.find("Cooperation grew every year.", "a new stage.", null, null))
                .passage()
                .firstLine())
        .isEqualTo(4);
    Passage own = passages.stream().filter(p -> p.firstLine() == 9).findFirst().orElseThrow();
    assertThat(found(index.find("Cooperation grew every year.", null, null, own.id())).passage())
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
    found(index.find("(PfP)", null, null, null));
    found(index.find("“Individual Partnership Action Plan”", null, null, null));
  }
}
