package org.steppebrief.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** results.csv and items.csv read back with Apache Commons CSV (RFC 4180). */
class ClassCsvTest {
  static List<CSVRecord> parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  static LearnerResult learner(String name, double score, Map<String, Mark> marks) {
    return new LearnerResult(
        "id-" + name,
        name,
        Optional.of(1_700_000_000_000L),
        Optional.of(1_700_000_060_000L),
        1,
        marks.size(),
        score,
        3,
        marks);
  }

  @Test
  void resultsHaveTheIssuesColumnsAndAnEmptyCellForAnUnansweredQuestion() throws IOException {
    List<CSVRecord> rows =
        parse(
            ResultsCsv.write(
                List.of("q1", "q2", "q3"),
                List.of(
                    learner(
                        "Ада",
                        1.5,
                        Map.of("q1", new Mark(1, List.of()), "q3", new Mark(0.5, List.of()))))));
    assertThat(rows.get(0).toList())
        .containsExactly("learner", "started", "finished", "score", "max_score", "q1", "q2", "q3");
    assertThat(rows.get(1).toList())
        .containsExactly(
            "Ада", "2023-11-14T22:13:20Z", "2023-11-14T22:14:20Z", "1.5", "3", "1", "", "0.5");
  }

  @Test
  void hostileDisplayNamesAreQuotedAndCannotRunAsFormulas() throws IOException {
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "<script>alert(1)</script>",
            "O'Brien, \"Bob\"",
            "Line\nbreak",
            "Қазақ Айгүл");
    List<LearnerResult> learners = names.stream().map(n -> learner(n, 0, Map.of())).toList();
    List<CSVRecord> rows = parse(ResultsCsv.write(List.of("q1"), learners));
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)))
        .containsExactly(
            "'=HYPERLINK(\"http://x\",\"y\")",
            "'+1",
            "'-2+3",
            "'@SUM(A1)",
            "<script>alert(1)</script>",
            "O'Brien, \"Bob\"",
            "Line\nbreak",
            "Қазақ Айгүл");
  }

  @Test
  void aLearnerWhoHasNotStartedHasEmptyTimesAndScore() throws IOException {
    LearnerResult none =
        new LearnerResult("x", "Bo", Optional.empty(), Optional.empty(), 0, 0, 0, 3, Map.of());
    assertThat(parse(ResultsCsv.write(List.of("q1"), List.of(none))).get(1).toList())
        .containsExactly("Bo", "", "", "", "3", "");
  }

  @Test
  void itemsHaveFacilityDiscriminationAndChoiceCounts() throws IOException {
    ItemStatistics.Analysis a =
        ItemStatistics.analyse(
            List.of(
                ItemStatisticsTest.Q1,
                ItemStatisticsTest.Q2,
                ItemStatisticsTest.Q3,
                ItemStatisticsTest.Q4,
                new Item(
                    "q5",
                    "single-choice",
                    "?",
                    List.of("=1+1", "a | b"),
                    java.util.Set.of("=1+1"),
                    List.of())),
            ItemStatisticsTest.fiveLearners(),
            ItemStatisticsTest.PASSAGES::get);
    List<CSVRecord> rows = parse(ItemsCsv.write(a.items()));
    assertThat(rows.get(0).toList())
        .containsExactly("question_id", "type", "answers", "facility", "discrimination", "choices");
    assertThat(rows.get(1).toList())
        .containsExactly("q1", "single-choice", "5", "0.6", "0.218", "A=3 | B=1 | C=1");
    assertThat(rows.get(2).toList())
        .containsExactly("q2", "true-false", "5", "0.4", "0.102", "True=2 | False=3");
    assertThat(rows.get(3).toList()).containsExactly("q3", "ordering", "4", "0.375", "", "");
    assertThat(rows.get(4).toList())
        .containsExactly("q4", "single-choice", "0", "", "", "X=0 | Y=0");
    assertThat(rows.get(5).get(5)).isEqualTo("'=1+1=0 | a | b=0");
  }

  @Test
  void aNegativeDiscriminationIsWrittenAsANumber() {
    assertThat(Csv.number(-0.25, 3)).isEqualTo("-0.25");
    assertThat(Csv.text("-0.25")).isEqualTo("'-0.25");
  }
}
