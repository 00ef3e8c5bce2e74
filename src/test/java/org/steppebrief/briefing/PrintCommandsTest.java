package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.cli.Main;

/** {@code brief} and {@code worksheet} on the command line, as an instructor would run them. */
class PrintCommandsTest {
  @TempDir Path dir;

  /** Runs the command line and returns its exit status and what it printed. */
  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      return new String[] {
        Integer.toString(status),
        captured.toString(StandardCharsets.UTF_8),
        errors.toString(StandardCharsets.UTF_8)
      };
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void briefWritesThePdfAndPrintsItsPathAndPageCount() throws Exception {
    Path out = dir.resolve("kazbrig.pdf");
    String[] r =
        run(
            "brief",
            "--topics",
            "kazbrig-peacekeeping",
            "--edition",
            "instructor",
            "--paper",
            "letter",
            "--date",
            "2026-11-25",
            "--out",
            out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1].strip())
        .matches(java.util.regex.Pattern.quote(out.toString()) + " \\(\\d+ pages\\)");
    assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void worksheetPrintsTheSeedSoTheOtherVariantCanBeMade() throws Exception {
    Path out = dir.resolve("ws.pdf");
    String[] r =
        run(
            "worksheet",
            "--topics",
            "kazbrig-peacekeeping",
            "--types",
            "single-choice,cloze",
            "--count",
            "4",
            "--variant",
            "B",
            "--seed",
            "99",
            "--date",
            "2026-11-25",
            "--out",
            out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains(out.toString()).contains("variant B").contains("seed 99");
    assertThat(Files.size(out)).isGreaterThan(1000);
  }

  @Test
  void usageMistakesExitWithTwoAndSayWhatIsWrong() {
    String[] topic =
        run("brief", "--topics", "no-such-topic", "--out", dir.resolve("x.pdf").toString());
    assertThat(topic[0]).isEqualTo("2");
    assertThat(topic[2]).contains("unknown topic `no-such-topic`");
    String[] paper = run("brief", "--paper", "a5", "--out", dir.resolve("x.pdf").toString());
    assertThat(paper[0]).isEqualTo("2");
    assertThat(paper[2]).contains("a4 or letter");
    String[] type = run("worksheet", "--types", "essay", "--out", dir.resolve("y.pdf").toString());
    assertThat(type[0]).isEqualTo("2");
    assertThat(type[2]).contains("unknown question type `essay`");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }
}
