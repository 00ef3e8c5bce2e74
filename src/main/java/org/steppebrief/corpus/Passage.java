package org.steppebrief.corpus;

import java.util.List;
import java.util.Locale;

/**
 * One addressable paragraph of a source, as readers see it: broken lines rejoined, footnote markers
 * taken off (their numbers kept in {@code noteRefs}).
 *
 * @param id stable id: the source id and a short hash of the passage's first words
 * @param number paragraph number within the source (a footnote's own number for notes)
 * @param firstLine first line of the source file the passage comes from (1-based)
 * @param lastLine last such line
 */
public record Passage(
    String id,
    String sourceId,
    int number,
    Role role,
    Kind kind,
    String text,
    int firstLine,
    int lastLine,
    List<Integer> noteRefs) {

  public Passage {
    noteRefs = List.copyOf(noteRefs);
  }

  /** The shape of a passage, which decides how it is shown and whether it counts for coverage. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    ITEM,
    NOTE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Body text that says something: what facts are expected to cover. */
  public boolean isSubstantiveBody() {
    return role == Role.BODY && (kind == Kind.PARAGRAPH || kind == Kind.ITEM);
  }

  /** The anchor used in links to this passage: {@code p12}, or {@code n3} for footnote 3. */
  public String anchor() {
    return (role == Role.NOTE ? "n" : "p") + number;
  }
}
