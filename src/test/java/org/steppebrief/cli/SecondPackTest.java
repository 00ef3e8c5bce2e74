package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steppebrief.store.TestDatabases;
import org.steppebrief.web.TestServer;

/**
 * A second content pack (the fixture {@code packs/mpl}: the Mozilla Public License 2.0 as Debian
 * ships it, hard-wrapped at 72 columns with numbered clauses) goes through every command with no
 * code change, and shows its own title.
 */
class SecondPackTest {
  static final Path PACK = Path.of("src/test/resources/fixtures/packs/mpl");
  static final String TITLE = "Reading the Mozilla Public License";

  @TempDir Path dir;

  /** A copy of the pack, since commands write into its exports/ folder. */
  private Path pack() throws IOException {
    Path copy = dir.resolve("mpl");
    try (Stream<Path> files = Files.walk(PACK)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(PACK.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(
          exit, captured.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void checkAcceptsThePackAndCountsEveryQuestionType() throws IOException {
    Run run = run("check", "--content", pack().toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("topics     2")
        .contains("single-choice 1, multi-choice 1, true-false 1, ordering 1, matching 1,")
        .contains("short-answer 1, cloze 1");
  }

  @Test
  void servesPagesUnderThePacksOwnTitle() throws Exception {
    try (TestServer server =
        TestServer.start(pack(), TestDatabases.sqliteUrl(dir), dir.resolve("data"))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> home =
          http.send(
              HttpRequest.newBuilder(URI.create(server.base() + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body())
          .contains("<title>Topics · " + TITLE + "</title>")
          .contains(">" + TITLE + "</h1>")
          .contains("What version 2.0 of the licence says, in its own words")
          .contains("What the licence defines");
      HttpResponse<String> sources =
          http.send(
              HttpRequest.newBuilder(URI.create(server.base() + "/sources")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(sources.body()).contains("<title>Sources · " + TITLE + "</title>");
    }
  }

  @Test
  void briefPrintsTheWholePackUnderItsTitleAndSubtitle() throws IOException {
    Path out = dir.resolve("brief.pdf");
    Run run = run("brief", "--content", pack().toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(pdfText(out))
        .contains(TITLE)
        .contains("What version 2.0 of the licence says, in its own words")
        .contains("Mozilla Foundation is the license steward.");
  }

  @Test
  void worksheetPrintsQuestionsOfThePack() throws IOException {
    Path out = dir.resolve("worksheet.pdf");
    Run run =
        run(
            "worksheet",
            "--content",
            pack().toString(),
            "--count",
            "5",
            "--seed",
            "7",
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(pdfText(out)).contains(TITLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gift", "moodle", "qti", "anki", "csv"})
  void exportWritesEveryFormat(String format) throws IOException {
    Path out = dir.resolve("export-" + format);
    Run run =
        run("export", "--format", format, "--content", pack().toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.size(out)).isPositive();
    if (format.equals("gift") || format.equals("moodle") || format.equals("anki")) {
      assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(TITLE);
    }
  }
}
