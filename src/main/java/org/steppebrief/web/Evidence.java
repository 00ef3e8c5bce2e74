package org.steppebrief.web;

import java.util.Optional;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * What a learner is shown as the ground of an answer: the fact, the exact quoted words as they
 * stand in the passage, who holds the view, and where the passage is.
 */
public record Evidence(
    String factId,
    String statement,
    String kind,
    Optional<String> saidBy,
    String quote,
    String sourceTitle,
    Optional<String> authors,
    String paragraph,
    String link) {

  public static Evidence of(Library library, Fact fact) {
    Passage passage = library.passageOf(fact);
    Source source = library.source(fact.sourceId()).orElseThrow();
    String quoted = passage.text().substring(fact.citation().start(), fact.citation().end());
    String authors = source.authors().joined();
    return new Evidence(
        fact.id(),
        fact.statement(),
        fact.kind().key(),
        fact.saidBy(),
        quoted,
        source.displayTitle(),
        authors.isEmpty() ? Optional.empty() : Optional.of(authors),
        (passage.anchor().startsWith("n") ? "note " : "¶") + passage.number(),
        link(fact, passage));
  }

  /** The source page with this quote highlighted and scrolled into view. */
  static String link(Fact fact, Passage passage) {
    return "/sources/"
        + fact.sourceId()
        + "?hl="
        + fact.citation().start()
        + "-"
        + fact.citation().end()
        + "&in="
        + passage.anchor()
        + "#"
        + passage.anchor();
  }

  /** Whether the quote is in a footnote ("note 3") rather than a paragraph ("¶12"). */
  public boolean isNote() {
    return paragraph.startsWith("note ");
  }

  /** The paragraph's or note's number. */
  public String number() {
    return paragraph.substring(isNote() ? 5 : 1);
  }

  /** "assessment", "prediction" and "quotation" facts are someone's: the page says whose. */
  public boolean isAttributed() {
    return saidBy.isPresent() && !kind.equals("fact");
  }
}
