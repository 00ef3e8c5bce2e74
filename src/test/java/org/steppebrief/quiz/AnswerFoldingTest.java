package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerFoldingTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "The United States        | the united states",
        "  the   United\tStates.  | the united states",
        "Kazakhstan’s             | kazakhstans",
        "Kazakhstan's             | kazakhstans",
        "Kazakhstan`s             | kazakhstans",
        "'Kazakhstan'             | kazakhstan",
        "rock 'n' roll            | rock n roll",
        "Partnership-for-Peace    | partnership for peace",
        "Partnership—for–Peace    | partnership for peace",
        "“PfP”                    | pfp",
        "U.S.A.                   | u s a",
        "１９９４                     | 1994",
        "ﬁnal                     | final",
        "КАЗАХСТАН, НАТО!         | казахстан нато",
        "Café                     | café",
        "\"???\"                  | \"\"",
      })
  void foldsCaseQuotesDashesPunctuationAndSpaces(String raw, String folded) {
    assertThat(AnswerFolding.fold(raw)).isEqualTo(folded);
  }

  @Test
  void doesNotStemOrFuzzyMatch() {
    assertThat(AnswerFolding.fold("Kazakhstans")).isNotEqualTo(AnswerFolding.fold("Kazakhstan"));
    assertThat(AnswerFolding.fold("Kazakstan")).isNotEqualTo(AnswerFolding.fold("Kazakhstan"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kazakhstan’s “IPAP” — 2006",
        "  ‘quoted’  ",
        "a'b'c",
        "e\u0301",
        "İstanbul",
        "x’ y",
        "x ’y",
      })
  void foldingIsIdempotent(String raw) {
    String once = AnswerFolding.fold(raw);
    assertThat(AnswerFolding.fold(once)).isEqualTo(once);
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Kazakh’ stan | kazakh stan",
        "Kazakh ’stan | kazakh stan",
        "’Kazakhstan  | kazakhstan",
        "1990’s       | 1990 s",
        "’’           | \"\"",
      })
  void removesAnApostropheOnlyBetweenLetters(String raw, String folded) {
    assertThat(AnswerFolding.fold(raw)).isEqualTo(folded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"e\u0301", "é"})
  void composesAccentsSoBothSpellingsMatch(String raw) {
    assertThat(AnswerFolding.fold(raw)).isEqualTo("é");
  }
}
