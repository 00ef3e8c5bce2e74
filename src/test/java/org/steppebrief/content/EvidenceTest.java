package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Role;
import org.steppebrief.corpus.TextFolding;

class EvidenceTest {
  @TempDir Path dir;

  @Test
  void theWordsAreTheSourcesOwnCutAtTheQuotesOffsets() {
    Library library = RetypedQuotes.shipped();
    for (Fact fact : library.facts()) {
      Evidence evidence = library.evidence(fact);
      Citation at = fact.citation();
      assertThat(evidence.passage().id()).isEqualTo(at.passageId());
      assertThat(evidence.source().id()).isEqualTo(fact.sourceId());
      assertThat(evidence.words())
          .as(fact.id())
          .isEqualTo(evidence.passage().text().substring(at.start(), at.end()));
      assertThat(TextFolding.fold(evidence.words()).text())
          .as(fact.id())
          .isEqualTo(TextFolding.fold(fact.quote()).text());
    }
  }

  @Test
  void someTypedQuotesDifferFromTheSourceInQuoteMarksOrDashesOnly() {
    Library library = RetypedQuotes.shipped();
    List<Fact> retyped = RetypedQuotes.of(library);
    assertThat(retyped).hasSize(RetypedQuotes.SHIPPED);
    for (Fact fact : retyped) {
      String words = library.evidence(fact).words();
      assertThat(words).hasSameSizeAs(fact.quote());
      for (int i = 0; i < words.length(); i++) {
        if (words.charAt(i) != fact.quote().charAt(i)) {
          assertThat("\"'“”‘’-–—‐‑‒―−").contains(String.valueOf(words.charAt(i)));
        }
      }
    }
  }

  @Test
  void aParagraphIsCitedByItsNumberAndAFootnoteAsANote() {
    Library library = RetypedQuotes.shipped();
    for (Fact fact : library.facts()) {
      Evidence evidence = library.evidence(fact);
      Passage passage = evidence.passage();
      boolean note = passage.role() == Role.NOTE;
      assertThat(evidence.locator())
          .isEqualTo((note ? "note " : "¶") + passage.number())
          .doesNotContain(note ? "¶" : "note");
      assertThat(evidence.anchor()).isEqualTo((note ? "n" : "p") + passage.number());
    }
    assertThat(library.facts())
        .as("the shipped content cites a footnote")
        .anyMatch(f -> library.evidence(f).locator().startsWith("note "));
  }

  @Test
  void aViewNamesItsHolderInOneWordingAndAFactNoHolder() {
    Library library = LibraryLoader.load(ContentFixture.withSheets(dir, "good")).library();
    Evidence fact = library.evidence(library.fact("good-began-1994").orElseThrow());
    assertThat(fact.holder()).isEmpty();
    assertThat(fact.where()).isEqualTo("The Mini Paper by Ada Author, " + fact.locator());
    Evidence view = library.evidence(library.fact("good-bridge").orElseThrow());
    assertThat(view.holder()).contains("Assessment by the experts");
    assertThat(FactKind.QUOTATION.label()).isEqualTo("Quotation");
  }
}
