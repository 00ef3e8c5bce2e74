package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/** The export page and its downloads on a real server, for signed-in instructors only. */
class ExportHandlersTest {
  private static final String PASSWORD = "correct horse battery";

  @TempDir static Path dir;
  private static TestServer server;

  /** One server for the class: these tests only read, and starting one takes seconds. */
  @BeforeAll
  static void start() {
    String url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", PASSWORD.toCharArray(), 1L);
    }
    server =
        TestServer.start(
            ContentFixture.withSheets(dir.resolve("content"), "special-characters"), url, dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private WebClient signedIn() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    assertThat(b.post("/signin", "name", "ada", "password", PASSWORD).statusCode()).isEqualTo(303);
    return b;
  }

  @Test
  void thePageAndEveryDownloadRefuseEveryoneWhoIsNotSignedIn() {
    WebClient b = new WebClient(server.base());

    for (String path :
        List.of(
            "/instructor/exports",
            "/instructor/exports/download?format=gift",
            "/instructor/exports/download?format=csv")) {
      HttpResponse<String> r = b.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(WebClient.location(r)).isEqualTo("/signin");
      assertThat(r.body()).doesNotContain("sc-single");
    }
  }

  @Test
  void theDashboardLinksToThePageWhichListsEveryFormatAndWhatItLeavesOut() {
    WebClient b = signedIn();

    assertThat(b.get("/instructor").body()).contains("href=\"/instructor/exports\"");
    HttpResponse<String> page = b.get("/instructor/exports");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("GIFT (Moodle’s text format)")
        .contains("Moodle XML")
        .contains("QTI 2.1 content package")
        .contains("Anki notes")
        .contains("Facts with citations (CSV)")
        .contains("All topics: 8 questions. 1 left out: Fill in the blanks 1.")
        .contains("All topics: 9 questions.")
        .contains("All topics: 5 facts.")
        .contains("<label for=\"format-gift\" translate=\"no\">")
        .contains("<label for=\"topic-special-characters\" lang=\"en\">")
        .doesNotContain("style=")
        .doesNotContain("<script>");
  }

  @Test
  void aDownloadStreamsTheFileAsAnAttachmentWithItsCounts() {
    WebClient b = signedIn();

    HttpResponse<String> r = b.get("/instructor/exports/download?format=gift");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/plain;charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"steppe-brief-all-topics-gift.txt\"");
    assertThat(r.headers().firstValue("X-Export-Count")).hasValue("8");
    assertThat(r.headers().firstValue("X-Export-Skipped")).hasValue("1");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.body()).contains("::sc-single::[html]When did it begin? \\{\\~");
  }

  @Test
  void aPackageComesAsAZipForTheChosenTopicsWithGeneratedQuestions() throws Exception {
    WebClient b = signedIn();

    HttpResponse<byte[]> r =
        bytes(b, "/instructor/exports/download?format=qti&topic=special-characters&generated=on");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"steppe-brief-special-characters-with-generated-qti.zip\"");
    assertThat(r.headers().firstValue("X-Export-Count")).hasValue("13");
    assertThat(new String(r.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PK");
  }

  @Test
  void anUnknownFormatIsNotFoundAndAnUnknownTopicIsABadRequest() {
    WebClient b = signedIn();

    assertThat(b.get("/instructor/exports/download?format=..%2F..%2Fetc%2Fpasswd").statusCode())
        .isEqualTo(404);
    assertThat(b.get("/instructor/exports/download").statusCode()).isEqualTo(404);
    HttpResponse<String> topic = b.get("/instructor/exports/download?format=gift&topic=nope");
    assertThat(topic.statusCode()).isEqualTo(400);
    assertThat(topic.body()).contains("Choose topics from the list");
  }

  /** A download read as bytes, with the browser's cookies. */
  private HttpResponse<byte[]> bytes(WebClient b, String path)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
    for (Map.Entry<String, List<String>> header : b.cookieHeaders().entrySet()) {
      for (String value : header.getValue()) {
        request.header(header.getKey(), value);
      }
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
