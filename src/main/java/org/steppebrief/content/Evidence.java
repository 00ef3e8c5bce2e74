package org.steppebrief.content;

import java.util.Optional;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Role;
import org.steppebrief.corpus.Source;

/**
 * The ground of a fact, as every output shows it: the web's feedback and study cards, the printed
 * footnotes, the exports and the generated questions all read this one value, so none of them works
 * out on its own where a quote is or how to cite it.
 *
 * @param words the quoted words exactly as the source has them (its own quote marks, apostrophes
 *     and dashes), cut from the passage at the offsets where the quote was found. The fact sheet's
 *     typed quote matches them only after folding, so it is never what an output prints.
 * @param locator where the passage is, as readers see it: "¶12", or "note 3" for a footnote
 * @param anchor the passage's link anchor: "p12", or "n3" for a footnote
 * @param holder for a view (an assessment, prediction or quotation with its {@code said_by}), whose
 *     it is in the one wording every output uses ("Assessment by the experts"); empty for a fact
 */
public record Evidence(
    Fact fact,
    Source source,
    Passage passage,
    String words,
    String locator,
    String anchor,
    Optional<String> holder) {

  /** A fact's evidence in its passage; the citation's offsets index the passage's text. */
  static Evidence of(Fact fact, Source source, Passage passage) {
    Citation at = fact.citation();
    boolean note = passage.role() == Role.NOTE;
    return new Evidence(
        fact,
        source,
        passage,
        passage.text().substring(at.start(), at.end()),
        (note ? "note " : "¶") + passage.number(),
        passage.anchor(),
        holder(fact));
  }

  /** "Assessment by the experts", "Prediction by …", "Quotation by …"; empty for a plain fact. */
  static Optional<String> holder(Fact fact) {
    if (!fact.kind().needsHolder()) {
      return Optional.empty();
    }
    return fact.saidBy().map(who -> fact.kind().label() + " by " + who);
  }

  /** The source's authors as it names them ("A, B and C"), empty when unknown. */
  public Optional<String> authors() {
    String joined = source.authors().joined();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  /** "The Mini Paper by Ada Author, ¶3". */
  public String where() {
    return source.displayTitle() + authors().map(a -> " by " + a).orElse("") + ", " + locator;
  }
}
