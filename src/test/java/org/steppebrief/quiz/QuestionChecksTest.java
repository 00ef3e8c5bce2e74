package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.diagnostic.Diagnostic;

class QuestionChecksTest {
  @TempDir Path dir;

  private List<String> warnings() {
    LibraryLoader.Result result =
        LibraryLoader.load(ContentFixture.withSheets(dir, "answers-and-holders"));
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    List<Diagnostic> found = QuestionChecks.of(result.library());
    assertThat(found).allMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
    return found.stream().map(Diagnostic::format).toList();
  }

  @Test
  void warnsWhenTwoAcceptedAnswersAreOneAnswerToTheGrader() {
    assertThat(warnings())
        .anyMatch(
            w ->
                w.startsWith("questions/answers-and-holders.yaml:")
                    && w.contains(
                        "accepted answers \u201cU.S.\u201d and \u201cUS\u201d of ah-q-short")
                    && w.contains("(both \u201cus\u201d)"))
        .anyMatch(
            w -> w.contains("\u201cEast\u201d and \u201ceast\u201d of blank 1 of ah-q-cloze"));
  }

  @Test
  void warnsWhenAnAcceptedAnswerIsOnlyAnArticleOrPunctuation() {
    assertThat(warnings())
        .anyMatch(
            w -> w.contains("accepted answer \u201cthe\u201d of ah-q-short is only an article"))
        .anyMatch(
            w -> w.contains("accepted answer \u201c...\u201d of ah-q-short folds to nothing"));
  }

  @Test
  void warnsWhenAMatchingViewIsAlsoHeldByAnotherHolderOfTheQuestion() {
    assertThat(warnings())
        .filteredOn(w -> w.contains("ah-q-match"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .contains("paired with the experts (ah-experts-bridge)")
                    .contains("ah-observers-bridge says the same from the observers"));
  }

  @Test
  void theShippedBankHasNoneOfThese() {
    Library shipped = LibraryLoader.load(Path.of(".")).library();
    assertThat(QuestionChecks.messages(shipped)).isEmpty();
  }

  @Test
  void contentWordsAreComparedByTheirFirstFiveLettersWithoutFunctionWords() {
    assertThat(
            QuestionChecks.contentWords("The Kazakh elite have no more reliable ally than Russia"))
        .containsExactly("kazak", "elite", "relia", "ally", "russi");
  }

  @Test
  void aFactCarriesAViewWhenItHoldsMostOfItsContentWordsInOtherWords() {
    String view = "The Kazakh elite have no more reliable ally than Russia against radical Islam";
    Fact vilisov =
        QuizFixtures.fact(
            "v",
            "t",
            "The speaker said that Astana sees the threat in radical Islamic groups, so Russia is"
                + " Kazakhstan's most reliable ally.");
    Fact unrelated =
        QuizFixtures.fact("u", "t", "Russia objects to a US naval base on the Caspian Sea.");

    assertThat(QuestionChecks.carries(vilisov, view, java.util.Optional.empty())).isTrue();
    assertThat(QuestionChecks.carries(unrelated, view, java.util.Optional.empty())).isFalse();
  }
}
