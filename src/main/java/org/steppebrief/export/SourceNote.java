package org.steppebrief.export;

import java.util.Optional;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Library;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * Where a fact comes from, as every export shows it: the exact quoted words as they stand in the
 * passage (not the quote as typed in the fact sheet), the source's title and authors, the
 * paragraph, and, for a view, whose view it is.
 *
 * @param paragraph "¶12", or "note 3" for a footnote
 */
record SourceNote(
    String factId,
    String sourceId,
    String passageId,
    String quoted,
    String title,
    Optional<String> authors,
    String paragraph,
    FactKind kind,
    Optional<String> saidBy) {

  static SourceNote of(Library library, Fact fact) {
    Passage passage = library.passageOf(fact);
    Source source = library.source(fact.sourceId()).orElseThrow();
    String authors = source.authors().joined();
    return new SourceNote(
        fact.id(),
        source.id(),
        passage.id(),
        passage.text().substring(fact.citation().start(), fact.citation().end()),
        source.displayTitle(),
        authors.isEmpty() ? Optional.empty() : Optional.of(authors),
        (passage.anchor().startsWith("n") ? "note " : "¶") + passage.number(),
        fact.kind(),
        fact.saidBy());
  }

  /** "The Mini Paper by Ada Author, ¶3". */
  String where() {
    return title + authors.map(a -> " by " + a).orElse("") + ", " + paragraph;
  }

  /** "Assessment by the experts" for a view, empty for a plain fact. */
  Optional<String> holder() {
    if (kind == FactKind.FACT || saidBy.isEmpty()) {
      return Optional.empty();
    }
    String label =
        switch (kind) {
          case ASSESSMENT -> "Assessment by ";
          case PREDICTION -> "Prediction by ";
          case QUOTATION -> "Words of ";
          case FACT -> "";
        };
    return Optional.of(label + saidBy.get());
  }

  /**
   * "Source: The Mini Paper by Ada Author, ¶3: “…”", or for a view "Source: …, ¶4. Assessment by
   * the experts: “…”".
   */
  String text() {
    return "Source: "
        + where()
        + holder().map(h -> ". " + h).orElse("")
        + ": \u201c"
        + quoted
        + "\u201d";
  }
}
