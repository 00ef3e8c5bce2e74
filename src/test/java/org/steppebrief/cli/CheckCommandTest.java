package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import picocli.CommandLine;

class CheckCommandTest {
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
  void theShippedContentPassesCheck() {
    Run run = run("check");
    assertThat(run.out()).contains("OK: no problems");
    assertThat(run.exit()).isZero();
  }

  @Test
  void warnsAboutAnswersTheGraderCannotTellApartAndViewsTwoHoldersHold() {
    Run run =
        run("check", "--content", ContentFixture.withSheets(dir, "answers-and-holders").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("warning: accepted answers \u201cU.S.\u201d and \u201cUS\u201d of ah-q-short")
        .contains(
            "warning: ah-q-match: \u201cThe partnership is a bridge between East and West\u201d")
        .contains("0 errors, 5 warnings");
  }

  @Test
  void exitsZeroAndPrintsTheSummaryWhenClean() {
    Run run = run("check", "--content", ContentFixture.withSheets(dir, "good").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("sources    1")
        .contains("topics     1")
        .contains("facts      2  (fact 1, assessment 1, prediction 0, quotation 0)")
        .contains(
            "single-choice 1, multi-choice 1, true-false 1, ordering 1, matching 1, short-answer 1, cloze 1")
        .contains("mini-paper")
        .contains("OK: no problems");
  }

  @Test
  void exitsOneAndPrintsEveryDiagnosticWhenContentIsBad() {
    Run run =
        run(
            "check",
            "--content",
            ContentFixture.withSheets(dir, "good", "unknown-source", "quote-not-found").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("questions/unknown-source.yaml:7:13: error: unknown source `mini-papr`")
        .contains("questions/quote-not-found.yaml:8:12: error: quote not found")
        .contains("2 errors, 0 warnings");
  }

  @Test
  void reportsOnlyTheNamedFilesButStillResolvesAcrossTheLibrary() {
    Path root =
        ContentFixture.withSheets(dir, "good", "unknown-source", "answer-not-among-choices");
    Run run =
        run(
            "check",
            "--content",
            root.toString(),
            root.resolve("questions/answer-not-among-choices.yaml").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("answer-not-among-choices.yaml")
        .doesNotContain("unknown-source.yaml");
  }

  @Test
  void exitsTwoOnUsageErrors() {
    assertThat(run("check", "--no-such-option").exit()).isEqualTo(2);
    assertThat(run("check", "--content", dir.resolve("missing").toString()).exit()).isEqualTo(2);
    assertThat(run("check", "questions/no-such-topic.yaml").exit()).isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
  }

  @Test
  void printsTheSameAsJson() {
    Path root = ContentFixture.withSheets(dir, "good", "missing-said-by");
    Run run = run("check", "--json", "--content", root.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip())
        .startsWith("{\"version\":\"")
        .contains("\"ok\":false")
        .contains(
            "{\"file\":\"questions/missing-said-by.yaml\",\"line\":9,\"column\":11,\"severity\":\"error\",\"message\":\"a fact of kind `assessment` must say whose view it is\"")
        .contains("\"factsByKind\":{\"fact\":1,\"assessment\":1,\"prediction\":0,\"quotation\":0}")
        .contains("\"coverage\":{\"cited\":")
        .endsWith("}");
  }

  @Test
  void reportsSentenceCoverageAsTextAndJson() throws java.io.IOException {
    Path root = ContentFixture.withSheets(dir, "good");
    Path catalog = root.resolve("seeds/sources.yaml");
    java.nio.file.Files.writeString(
        catalog,
        java.nio.file.Files.readString(catalog)
            + "    skip:\n"
            + "      - sentence: Kazakhstan’s role\n"
            + "        reason: a test of skipping\n");
    Run json = run("check", "--json", "--content", root.toString());
    assertThat(json.exit()).isZero();
    assertThat(json.out())
        .contains("\"sentence_coverage\":{\"cited\":2,\"skipped\":1,\"total\":6,\"share\":0.5000,")
        .contains(
            "{\"source\":\"mini-paper\",\"cited\":2,\"skipped\":1,\"total\":6,\"share\":0.5000,")
        .contains("{\"file\":\"seeds/mini-paper.txt\",\"line\":9,\"paragraph\":")
        .contains("\"reason\":\"a test of skipping\"");
    Run text = run("check", "--uncited", "--content", root.toString());
    assertThat(text.out())
        .contains("of their sentences cited or skipped (2 cited + 1 skipped of 6)")
        .contains("uncited sentence seeds/mini-paper.txt:9 ¶")
        .doesNotContain("skipped sentence");
    Run skipped = run("check", "--uncited", "--skipped", "--content", root.toString());
    assertThat(skipped.out())
        .contains("skipped sentence seeds/mini-paper.txt:8 ¶")
        .contains("reason: a test of skipping");
  }

  @Test
  void failsOnASkipWithoutAReason() throws java.io.IOException {
    Path root = ContentFixture.withSheets(dir, "good");
    Path catalog = root.resolve("seeds/sources.yaml");
    java.nio.file.Files.writeString(
        catalog,
        java.nio.file.Files.readString(catalog)
            + "    skip:\n"
            + "      - sentence: Kazakhstan’s role\n");
    Run run = run("check", "--content", root.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("seeds/sources.yaml:28:9: error: a skipped sentence needs a reason");
  }

  @Test
  void listsPassagesAsTheLoaderSplitsThem() {
    Path root = ContentFixture.withSheets(dir);
    Run run = run("passages", "--content", root.toString(), "mini-paper");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("The allies agreed on joint military exercises")
        .contains("note");
    assertThat(run("passages", "--content", root.toString(), "nope").exit()).isEqualTo(2);
  }
}
