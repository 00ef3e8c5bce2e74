package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.Slow;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/** The builder and the PDF downloads over HTTP: who may have which edition, and nothing else. */
class BriefingHandlersTest {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir Path dir;
  private TestServer server;
  private HttpClient client;

  @BeforeEach
  void start() {
    String url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", "correct horse battery".toCharArray(), 1L);
    }
    server = TestServer.start(ContentFixture.withSheets(dir.resolve("content"), "good"), url, dir);
    client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private void signIn() throws IOException, InterruptedException {
    Matcher token = CSRF.matcher(body(get("/signin")));
    assertThat(token.find()).isTrue();
    String form =
        "_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
            + "&name=ada&password="
            + URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8);
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(303);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void anyoneMayDownloadTheStudentEditionBriefing() throws Exception {
    HttpResponse<byte[]> r = get("/briefing.pdf?paper=letter");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"briefing-")
        .endsWith("-student-letter.pdf\"");
    String text = text(r.body());
    assertThat(text).contains("A good topic", "The Mini Paper").doesNotContain("Answer key");
  }

  @Test
  void answersNeedASignedInInstructor() throws Exception {
    assertThat(get("/briefing.pdf?edition=instructor").statusCode()).isEqualTo(403);
    HttpResponse<byte[]> briefing = get("/instructor/briefing.pdf?edition=instructor");
    assertThat(briefing.statusCode()).isEqualTo(303);
    assertThat(briefing.headers().firstValue("Location")).hasValue("/signin");
    assertThat(get("/instructor/worksheet.pdf?edition=instructor").statusCode()).isEqualTo(303);
    assertThat(get("/instructor/print").statusCode()).isEqualTo(303);
  }

  @Slow
  @Test
  void aSignedInInstructorBuildsBriefingsAndWorksheetsWithAnswers() throws Exception {
    signIn();
    String builder = body(get("/instructor/print"));
    assertThat(builder).contains("Briefings and worksheets", "A good topic", "name=\"seed\"");
    assertThat(body(get("/instructor"))).contains("href=\"/instructor/print\"");

    HttpResponse<byte[]> briefing =
        get("/instructor/briefing.pdf?topics=good&edition=instructor&paper=a4");
    assertThat(briefing.statusCode()).isEqualTo(200);
    assertThat(text(briefing.body())).contains("Answer key");

    HttpResponse<byte[]> worksheet =
        get(
            "/instructor/worksheet.pdf?topics=good&types=single-choice&types=true-false&count=2&variant=B&seed=7&edition=instructor");
    assertThat(worksheet.statusCode()).isEqualTo(200);
    assertThat(worksheet.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("worksheet-")
        .contains("-seed-7-B-instructor-a4.pdf");
    assertThat(text(worksheet.body())).contains("Answer key", "Variant B");

    HttpResponse<byte[]> again =
        get(
            "/instructor/worksheet.pdf?topics=good&types=single-choice&types=true-false&count=2&variant=B&seed=7&edition=instructor");
    assertThat(again.body()).isEqualTo(worksheet.body());
  }

  @Test
  void noRequestCanNameAFile() throws Exception {
    for (String path :
        new String[] {
          "/briefing.pdf?topics=../../../../etc/passwd",
          "/briefing.pdf?topics=%2Fetc%2Fpasswd",
          "/briefing.pdf?topics=good&paper=../../pom.xml",
        }) {
      HttpResponse<byte[]> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(body(r)).doesNotContain("root:").doesNotContain("<project");
    }
    assertThat(get("/exports/README.md").statusCode()).isEqualTo(404);
    assertThat(get("/briefing.pdf/../pom.xml").statusCode()).isIn(400, 404);
    assertThat(get("/static/../../pom.xml").statusCode()).isIn(400, 404);
  }
}
