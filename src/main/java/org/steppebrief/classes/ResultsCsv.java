package org.steppebrief.classes;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code results.csv}: a row per learner with {@code learner}, {@code started}, {@code finished},
 * {@code score}, {@code max_score}, then a column per question id holding that learner's mark
 * (empty when unanswered). Times are ISO-8601 in UTC; UTF-8 with a byte-order mark so spreadsheets
 * read the names right.
 */
public final class ResultsCsv {
  private ResultsCsv() {}

  public static byte[] write(List<String> questionIds, List<LearnerResult> learners) {
    Csv csv = new Csv();
    List<String> header =
        new ArrayList<>(List.of("learner", "started", "finished", "score", "max_score"));
    questionIds.forEach(id -> header.add(Csv.text(id)));
    csv.row(header);
    for (LearnerResult r : learners) {
      List<String> row = new ArrayList<>();
      row.add(Csv.text(r.name()));
      row.add(Csv.time(r.started()));
      row.add(Csv.time(r.finished()));
      row.add(r.attempts() == 0 ? "" : Csv.number(r.score(), 3));
      row.add(Integer.toString(r.maxScore()));
      for (String id : questionIds) {
        Mark m = r.marks().get(id);
        row.add(m == null ? "" : Csv.number(m.score(), 3));
      }
      csv.row(row);
    }
    return csv.bytes();
  }
}
