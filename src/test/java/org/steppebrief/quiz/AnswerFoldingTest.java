package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "U.S.                    | us",
        "U. S.                   | us",
        "US                      | us",
        "u.s                     | us",
        "N.A.T.O.                | nato",
        "NATO                    | nato",
        "the U.S. and NATO       | us and nato",
        "The US and N.A.T.O.     | us and nato",
        "U.S.-backed             | us backed",
        "the United States       | united states",
        "a flexible policy       | flexible policy",
        "An IPAP                 | ipap",
        "the                     | the",
        "a                       | a",
        "  The   Alliance.       | alliance",
        "theory                  | theory",
        "another                 | another",
        "D. Satpaev              | d satpaev",
        "D Satpaev               | d satpaev",
        "J.R.R. Tolkien          | jrr tolkien",
        "U S                     | u s",
        "\"...\"                | \"\"",
      })
  void keyCollapsesAbbreviationsAndDropsALeadingArticle(String raw, String key) {
    assertThat(AnswerFolding.key(raw)).isEqualTo(key);
  }

  @Test
  void abbreviationRuleIsGeneralNotAList() {
    // Any run of single letters with periods, in any alphabet.
    assertThat(AnswerFolding.key("Q.X.Z.")).isEqualTo(AnswerFolding.key("QXZ"));
    assertThat(AnswerFolding.key("О.Д.К.Б.")).isEqualTo(AnswerFolding.key("ОДКБ"));
    // A letter glued to a word before it does not start one.
    assertThat(AnswerFolding.key("ab.c.")).isEqualTo("ab c");
  }

  @Test
  void keyOfAKeyIsTheKeyWhenNoSecondArticleFollows() {
    for (String raw : List.of("the U.S. and NATO", "N. A. T. O.", "Kazakhstan’s “IPAP”", "a")) {
      String once = AnswerFolding.key(raw);
      assertThat(AnswerFolding.key(once)).isEqualTo(once);
    }
  }

  @Test
  void spellingsAllHaveTheAnswersKeyAndCoverPeriodsAndArticles() {
    List<String> spellings = AnswerFolding.spellings("the U.S. and NATO");
    assertThat(spellings).first().isEqualTo("the U.S. and NATO");
    assertThat(spellings)
        .contains("U.S. and NATO", "the US and NATO", "US and NATO", "a U.S. and N.A.T.O.")
        .allSatisfy(
            s ->
                assertThat(AnswerFolding.key(s)).isEqualTo(AnswerFolding.key("the U.S. and NATO")));
    assertThat(AnswerFolding.spellings("Kazakhstan"))
        .containsExactly("Kazakhstan", "the Kazakhstan", "a Kazakhstan", "an Kazakhstan");
    assertThat(AnswerFolding.spellings("the")).containsExactly("the");
    assertThat(AnswerFolding.spellings("1994")).containsExactly("1994");
    assertThat(AnswerFolding.spellings("Volga-Don"))
        .contains("Volga-Don", "Volga Don", "the Volga Don");
  }
}
