package org.steppebrief.study;

import java.util.List;
import java.util.Locale;

/**
 * One study card made from the content: a front to recall from and a back that says the answer and
 * cites the facts whose quoted passages prove it.
 *
 * @param id stable across content versions: {@code fact:<fact>}, {@code cloze-year:<fact>}, {@code
 *     question:<question>}, ...
 * @param label what kind of card it is, for people ("Fact", "Fill the blank", "Single choice")
 * @param cue what the learner is asked to do with the front
 * @param prompt the front's text
 * @param options what the front lists under the prompt (choices, items to order), else empty
 * @param answer the back's answer; for a fact card, the quoted words of its source exactly
 * @param explanation why, in the project's words; may be empty
 * @param factIds the facts the back quotes as evidence, in order
 */
public record Card(
    String id,
    Kind kind,
    String topicId,
    String label,
    String cue,
    String prompt,
    List<String> options,
    String answer,
    String explanation,
    List<String> factIds) {

  public Card {
    options = List.copyOf(options);
    factIds = List.copyOf(factIds);
  }

  /** Where a card comes from. */
  public enum Kind {
    /** A fact: its statement on the front, its quote and source on the back. */
    FACT,
    /** A fact's statement with a structured field (year, programme, holder) blanked. */
    CLOZE,
    /** A hand-written question of the fact sheets. */
    QUESTION;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
