package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitedTextTest {
  @Test
  void splitsSentencesAndCollectsTheirCitations() {
    CitedText text = CitedText.parse("Kazbrig was formed [a]. The U.S. helped [b, c].");
    assertThat(text.sentences()).hasSize(2);
    assertThat(text.sentences().get(0).text()).isEqualTo("Kazbrig was formed.");
    assertThat(text.sentences().get(1).factIds()).containsExactly("b", "c");
    assertThat(text.factIds()).containsExactly("a", "b", "c");
  }

  @Test
  void doesNotEndASentenceAtAnAbbreviationOrInitials() {
    CitedText text =
        CitedText.parse(
            "It joins operations under a special U.N. Security Council mandate [a]. Gen. Nurmaganbetov disagrees [b].");
    assertThat(text.sentences()).hasSize(2);
    assertThat(text.sentences().get(0).factIds()).containsExactly("a");
  }

  @Test
  void keepsACitationWrittenAfterTheFullStopWithItsSentence() {
    CitedText text = CitedText.parse("The plan was signed. [a] It runs five years. [b]");
    assertThat(text.sentences())
        .extracting(CitedText.Sentence::factIds)
        .containsExactly(java.util.List.of("a"), java.util.List.of("b"));
  }

  @Test
  void findsASentenceThatCitesNothing() {
    CitedText text = CitedText.parse("First [a]. Second has none. Third [b].");
    assertThat(text.sentences())
        .extracting(s -> s.factIds().isEmpty())
        .containsExactly(false, true, false);
  }
}
