package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
  @Test
  void foldsRunsOfWhiteSpaceAndLineBreaksToOneSpace() {
    assertThat(TextFolding.fold("  joint \t military\n\n exercises ").text())
        .isEqualTo("joint military exercises");
  }

  @Test
  void foldsNonBreakingSpacesLikeSpaces() {
    assertThat(TextFolding.fold("Kazakhstan\u00A0–\u00A0Steppe Eagle").text())
        .isEqualTo("Kazakhstan - Steppe Eagle");
  }

  @Test
  void joinsAWordHyphenatedAcrossALineBreak() {
    assertThat(TextFolding.fold("joint mil-\nitary exercises").text())
        .isEqualTo("joint military exercises");
  }

  @Test
  void keepsAHyphenBeforeACapitalAfterALineBreak() {
    assertThat(TextFolding.fold("Kazakhstan-\nNATO cooperation").text())
        .isEqualTo("Kazakhstan- NATO cooperation");
  }

  @Test
  void keepsAHyphenFollowedBySpaceOnTheSameLine() {
    assertThat(TextFolding.fold("humanitarian- scientific").text())
        .isEqualTo("humanitarian- scientific");
  }

  @Test
  void foldsCurlyQuotesAndApostrophesToStraightOnes() {
    assertThat(TextFolding.fold("“Kazbrig’s” ‘unit’").text()).isEqualTo("\"Kazbrig's\" 'unit'");
  }

  @Test
  void foldsEveryDashVariantToAHyphen() {
    assertThat(TextFolding.fold("a-b‐c‑d‒e–f—g―h−i").text()).isEqualTo("a-b-c-d-e-f-g-h-i");
  }

  @Test
  void keepsCaseSpellingAndMissingSpaces() {
    assertThat(TextFolding.fold("peace.According to HIM").text())
        .isEqualTo("peace.According to HIM");
  }

  @Test
  void dropsFootnoteNumbersGluedToSentenceEndsWhenMatching() {
    assertThat(TextFolding.foldQuote("in the future.1 Nor does"))
        .isEqualTo("in the future. Nor does");
    assertThat(TextFolding.foldQuote("the region.”3 Some")).isEqualTo("the region.\" Some");
  }

  @Test
  void keepsFiguresThatLookLikeFootnoteNumbers() {
    assertThat(TextFolding.foldQuote("more than 4,000 units in 2018-2022. No. 299"))
        .isEqualTo("more than 4,000 units in 2018-2022. No. 299");
  }

  @Test
  void mapsEveryFoldedCharacterBackToTheOriginal() {
    String original = "a  “b” mil-\nitary";
    TextFolding.Folded folded = TextFolding.fold(original);
    int at = folded.text().indexOf("military");
    assertThat(original.substring(folded.origin()[at], folded.originEnd(at + "military".length())))
        .isEqualTo("mil-\nitary");
  }
}
