package org.steppebrief.export;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steppebrief.content.QuestionType;

/**
 * What a writer produced: the file's bytes (a zip for packages), how many questions or facts it
 * holds, what it left out and why, and notes on what it kept with a caveat.
 *
 * @param count questions exported (facts, for the facts table)
 * @param skipped questions the format cannot express, never written wrongly instead
 * @param notes details a format cannot carry although the question is exported (a tag too long)
 */
public record ExportResult(byte[] bytes, int count, List<Skipped> skipped, List<String> notes) {
  public ExportResult {
    bytes = bytes.clone();
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** A question left out, with the reason in words an instructor understands. */
  public record Skipped(String questionId, QuestionType type, String reason) {
    @Override
    public String toString() {
      return questionId + " (" + type.key() + "): " + reason;
    }
  }

  /** One line for a terminal or a page: how many were skipped and which, or empty. */
  public Optional<String> warning() {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "skipped "
            + skipped.size()
            + (skipped.size() == 1 ? " question" : " questions")
            + " this format cannot express ("
            + byType()
            + "): "
            + skipped.stream().map(Skipped::toString).collect(Collectors.joining("; ")));
  }

  /** "ordering 3, cloze 1": the skipped questions counted by type. */
  public String byType() {
    return skipped.stream()
        .collect(
            Collectors.groupingBy(Skipped::type, java.util.TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> e.getKey().key() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
