package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.export.ExportSelection;
import picocli.CommandLine;

class ExportCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesIntoExportsWithAReadableNameAndPrintsPathCountAndWhatWasSkipped() throws Exception {
    Path content = ContentFixture.withSheets(dir, "special-characters");

    Run run = run("export", "--format", "gift", "--content", content.toString());

    Path file = content.toAbsolutePath().resolve("exports/steppe-brief-all-topics-gift.txt");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("wrote " + file).contains("exported 8 questions");
    assertThat(run.err())
        .contains("warning: skipped 1 question")
        .contains("sc-cloze-two (cloze): GIFT holds one blank per question");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("::sc-single::");
  }

  @Test
  void writesWhereToldWithGeneratedQuestionsAndChosenTopics() {
    Path content = ContentFixture.withSheets(dir, "special-characters", "good");
    Path out = dir.resolve("elsewhere/bank.zip");
    int expected =
        ExportSelection.of(
                LibraryLoader.load(content).library(), List.of("special-characters"), true)
            .questions()
            .size();

    Run run =
        run(
            "export",
            "--format",
            "qti",
            "--topics",
            "special-characters",
            "--generated",
            "--out",
            out.toString(),
            "--content",
            content.toString());

    assertThat(run.exit()).isZero();
    assertThat(out).exists();
    assertThat(run.out()).contains("wrote " + out).contains("exported " + expected + " questions");
    assertThat(expected).isEqualTo(13);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void countsFactsForTheFactsTable() {
    Path content = ContentFixture.withSheets(dir, "special-characters");

    Run run = run("export", "--format", "csv", "--content", content.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("steppe-brief-all-topics-facts.csv")
        .contains("exported 5 facts");
  }

  @Test
  void anUnknownFormatOrTopicIsAUsageError() {
    Path content = ContentFixture.withSheets(dir, "special-characters");

    Run format = run("export", "--format", "pdf", "--content", content.toString());
    Run topic =
        run("export", "--format", "gift", "--topics", "nope", "--content", content.toString());

    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format `pdf`; use one of gift|moodle|qti|anki|csv");
    assertThat(topic.exit()).isEqualTo(2);
    assertThat(topic.err()).contains("unknown topic `nope`");
    assertThat(content.resolve("exports")).doesNotExist();
  }

  @Test
  void contentWithErrorsIsNotExported() {
    Path content = ContentFixture.withSheets(dir, "good", "quote-not-found");

    Run run = run("export", "--format", "moodle", "--content", content.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("quote not found").contains("nothing exported");
    assertThat(content.resolve("exports")).doesNotExist();
  }
}
