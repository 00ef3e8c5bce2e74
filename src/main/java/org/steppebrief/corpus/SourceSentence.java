package org.steppebrief.corpus;

import java.util.Optional;

/**
 * A sentence of a substantive body passage: what facts are expected to cite, unless {@code
 * sources.yaml} skips it with a reason.
 *
 * @param start where the sentence starts in its passage's text
 * @param end where it ends (exclusive)
 * @param line the line of the source file the sentence starts on (1-based)
 * @param skipReason why the catalog says no fact needs to cite it, when it does
 */
public record SourceSentence(
    String passageId,
    int paragraph,
    int start,
    int end,
    String text,
    int line,
    Optional<String> skipReason) {

  public boolean isSkipped() {
    return skipReason.isPresent();
  }

  /** How many words the sentence has. */
  public int wordCount() {
    return SentenceSplitter.words(text).size();
  }
}
