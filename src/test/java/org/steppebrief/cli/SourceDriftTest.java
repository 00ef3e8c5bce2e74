package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import picocli.CommandLine;

/**
 * Drift: the mini paper is locked, then edited the three ways an editor changes a text, and {@code
 * check} says for each fact whether its quote is where it was, elsewhere, or gone.
 */
class SourceDriftTest {
  /** Facts in three of the mini paper's paragraphs; the line of each in the sheet is noted. */
  private static final String SHEET =
      """
      id: drift
      title: Drift
      objectives:
        - {id: one, text: Recall one thing.}
        - {id: two, text: Recall another.}
      summary: It began in 1994 [drift-began].
      facts:
        - id: drift-began
          statement: The partnership began in 1994.
          source: mini-paper
          quote: "The partnership began in 1994 with the Partnership for Peace"
          kind: fact
        - id: drift-steppe
          statement: Exercises were held in the steppe.
          source: mini-paper
          quote: "military exercises, which were held in the steppe every summer"
          kind: fact
        - id: drift-observers
          statement: Observers watched them.
          source: mini-paper
          quote: "watched by observers from many countries"
          kind: fact
        - id: drift-bridge
          statement: The experts see a bridge.
          source: mini-paper
          quote: "the partnership is a bridge between East and West"
          kind: assessment
          said_by: the experts
      """;

  private static final String BEGAN = "questions/drift.yaml:8:";
  private static final String STEPPE = "questions/drift.yaml:13:";
  private static final String OBSERVERS = "questions/drift.yaml:18:";
  private static final String BRIDGE = "questions/drift.yaml:23:";

  @TempDir Path dir;
  private Path content;
  private Path paper;

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit = cli.execute(args);
    return new Run(exit, out.toString());
  }

  private Run check() {
    return run("check", "--content", content.toString());
  }

  @BeforeEach
  void lockTheMiniPaper() throws IOException {
    content = ContentFixture.withSheets(dir);
    Files.writeString(content.resolve("questions/drift.yaml"), SHEET);
    paper = content.resolve("seeds/mini-paper.txt");
    Run before = check();
    assertThat(before.exit()).as(before.out()).isZero();
    assertThat(before.out()).contains("note: no seeds/sources.lock").contains("--update-lock");
    Run update = run("check", "--content", content.toString(), "--update-lock");
    assertThat(update.exit()).isZero();
    assertThat(update.out()).contains("wrote seeds/sources.lock: 1 sources, 4 facts");
    Run locked = check();
    assertThat(locked.out()).contains("OK: no problems").doesNotContain("note: no");
  }

  private void edit(String from, String to) throws IOException {
    String text = Files.readString(paper);
    assertThat(text).contains(from);
    Files.writeString(paper, text.replace(from, to));
  }

  @Test
  void aWordChangedInsideAQuotedSentenceLosesThatQuoteAndMovesTheOneAfterIt() throws IOException {
    edit("held in the steppe", "held in the Kazakh steppe");
    Run run = check();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "seeds/mini-paper.txt:0:0: warning: source `mini-paper` has changed since seeds/sources.lock")
        .contains("2 of its facts are where they were, 1 moved, 1 gone")
        .contains(
            STEPPE
                + "5: error: the quote of fact `drift-steppe` is gone from the changed source `mini-paper`")
        .contains("closest passage now is ¶4 (mini-paper:b22bb7")
        .contains(
            OBSERVERS
                + "5: warning: the quote of fact `drift-observers` is now in ¶4 (mini-paper:b22bb7")
        .doesNotContain(BEGAN)
        .doesNotContain(BRIDGE);
  }

  @Test
  void aParagraphInsertedBeforeTheQuotedOnesLeavesEveryQuoteWhereItWas() throws IOException {
    edit(
        "Introduction\n",
        "Introduction\nAn editor inserted this paragraph before the first one.\n");
    // The table's lines moved down one with the rest of the text.
    Path catalog = content.resolve("seeds/sources.yaml");
    Files.writeString(
        catalog,
        Files.readString(catalog)
            .replace("lines: 10-12", "lines: 11-13")
            .replace("lines: 12-12", "lines: 13-13"));
    Run run = check();
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("warning: source `mini-paper` has changed since seeds/sources.lock")
        .contains("4 of its facts are where they were, 0 moved, 0 gone")
        .doesNotContain("questions/drift.yaml");
    Run update = run("check", "--content", content.toString(), "--update-lock");
    assertThat(update.exit()).isZero();
    assertThat(check().out()).contains("OK: no problems");
  }

  @Test
  void aWholeParagraphDeletedLosesOnlyTheQuoteItHeld() throws IOException {
    edit("According to the experts, the partnership is a bridge between East and West.", "");
    Run run = check();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("3 of its facts are where they were, 0 moved, 1 gone")
        .contains(
            BRIDGE
                + "5: error: the quote of fact `drift-bridge` is gone from the changed source `mini-paper` (it was in ¶8")
        .contains("closest passage now is")
        .doesNotContain(BEGAN)
        .doesNotContain(STEPPE)
        .doesNotContain(OBSERVERS);
    Run update = run("check", "--content", content.toString(), "--update-lock");
    assertThat(update.exit()).isEqualTo(1);
    assertThat(update.out()).contains("seeds/sources.lock not written: fix the errors first");
  }
}
