package org.steppebrief.worksheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.FileNames;
import org.steppebrief.briefing.Paper;
import org.steppebrief.content.QuestionType;

/**
 * What a worksheet asks and how it is printed.
 *
 * @param topicIds the topics to draw from; empty means all
 * @param types the question types to draw; empty means all
 * @param count how many questions at most
 * @param seed the draw and both variants' orders follow from it
 */
public record WorksheetOptions(
    List<String> topicIds,
    Set<QuestionType> types,
    int count,
    Variant variant,
    long seed,
    Edition edition,
    Paper paper,
    LocalDate date) {
  /** More questions than this is not a worksheet. */
  public static final int MAX_COUNT = 60;

  public WorksheetOptions {
    topicIds = List.copyOf(topicIds);
    types = Set.copyOf(types);
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "a worksheet has 1 to " + MAX_COUNT + " questions, not " + count);
    }
  }

  String canonical() {
    TreeSet<String> typeKeys = new TreeSet<>();
    types.forEach(t -> typeKeys.add(t.key()));
    return String.join(",", topicIds)
        + "|"
        + String.join(",", typeKeys)
        + "|"
        + count
        + "|"
        + variant
        + "|"
        + seed
        + "|"
        + edition.key()
        + "|"
        + paper.key()
        + "|"
        + date;
  }

  /** {@code worksheet-2026-11-25-seed-42-A-student-a4.pdf} */
  public String fileName() {
    return "worksheet-"
        + date
        + FileNames.topicsPart(topicIds)
        + "-seed-"
        + Long.toUnsignedString(seed)
        + "-"
        + variant
        + "-"
        + edition.key()
        + "-"
        + paper.key()
        + ".pdf";
  }
}
