package org.steppebrief.worksheet;

import java.util.List;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PrintedQuestion;

/**
 * What the worksheet template shows: the questions of one variant in its order, with their marks,
 * and (instructor edition) their answers.
 *
 * @param seed the seed as printed, so the same worksheet can be printed again
 */
public record WorksheetView(
    String title,
    Edition edition,
    Paper paper,
    String date,
    String version,
    Variant variant,
    String seed,
    List<String> topics,
    int totalMarks,
    List<PrintedQuestion> questions) {
  public WorksheetView {
    topics = List.copyOf(topics);
    questions = List.copyOf(questions);
  }

  public boolean answers() {
    return edition.hasAnswers();
  }
}
