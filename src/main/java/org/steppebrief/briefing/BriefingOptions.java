package org.steppebrief.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a briefing is made of and how it is printed.
 *
 * @param topicIds the topics to include, in the order given; empty means every topic in library
 *     order
 * @param summary the one-page summary form instead of the full briefing
 * @param date the date printed on it and written as its creation date
 */
public record BriefingOptions(
    List<String> topicIds, Edition edition, Paper paper, boolean summary, LocalDate date) {
  public BriefingOptions {
    topicIds = List.copyOf(topicIds);
  }

  /** Every topic, student edition, A4, full form. */
  public static BriefingOptions defaults(LocalDate date) {
    return new BriefingOptions(List.of(), Edition.STUDENT, Paper.A4, false, date);
  }

  /** The options as one line, which names the PDF they make in a cache. */
  String canonical() {
    return String.join(",", topicIds)
        + "|"
        + edition.key()
        + "|"
        + paper.key()
        + "|"
        + summary
        + "|"
        + date;
  }

  /** A file name that says what is in the file: {@code briefing-2026-11-25-student-a4.pdf}. */
  public String fileName() {
    return "briefing-"
        + date
        + FileNames.topicsPart(topicIds)
        + (summary ? "-summary" : "")
        + "-"
        + edition.key()
        + "-"
        + paper.key()
        + ".pdf";
  }
}
