package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityTest {
  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.withSheets(dir, "good", "markup-in-content");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/quiz/new",
        "/sources",
        "/sources/mini-paper",
        "/resume",
        "/signin",
        "/no-such-page"
      })
  void everyPageCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> r = new WebClient(server.base()).get(path);
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void pagesHaveNoInlineScriptsOrStyles() {
    WebClient b = new WebClient(server.base());
    for (String path : List.of("/", "/quiz/new", "/sources/mini-paper", "/signin")) {
      String html = b.get(path).body();
      assertThat(html)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContain(" style=")
          .doesNotContain("<style");
    }
  }

  @Test
  void contentIsEscapedEverywhereItIsShown() {
    WebClient b = new WebClient(server.base());
    String home = b.get("/").body();
    assertThat(home)
        .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; more")
        .doesNotContain("<script>alert");
    b.get("/quiz/new");
    String attempt =
        WebClient.location(
            b.post("/quiz", "topic", "markup-in-content", "count", "1", "mode", "practice"));
    String question = b.follow(attempt).body();
    assertThat(question)
        .contains("&lt;b onclick=&quot;alert(2)&quot;&gt;bold&lt;/b&gt;")
        .doesNotContain("<b onclick");
    String path = b.follow(attempt).uri().getPath();
    b.post(path, "truth", "true");
    String feedback = b.get(path + "/feedback").body();
    assertThat(feedback)
        .contains("&lt;script&gt;alert(3)&lt;/script&gt;")
        .doesNotContain("<script>alert(3)");
  }

  @Test
  void whatAVisitorTypesIsEscapedWhenShownBack() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    String page = b.post("/signin", "name", "\"><script>alert(4)</script>", "password", "x").body();
    assertThat(page)
        .doesNotContain("<script>alert(4)")
        .contains("&lt;script&gt;alert(4)&lt;/script&gt;");
  }

  @Test
  void aPostWithoutAValidCsrfTokenIsRefusedAndChangesNothing() {
    WebClient b = new WebClient(server.base());
    b.get("/quiz/new");
    HttpResponse<String> missing = b.postRaw("/quiz", "count", "3");
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("This form has expired");
    HttpResponse<String> forged =
        b.postRaw("/quiz", "_csrf", "forged-token-forged-token-forged-token", "count", "3");
    assertThat(forged.statusCode()).isEqualTo(403);
    WebClient other = new WebClient(server.base());
    other.get("/quiz/new");
    // A token is bound to its own visitor's cookie: another visitor's token does not work.
    assertThat(b.postRaw("/quiz", "_csrf", other.csrf(), "count", "3").statusCode()).isEqualTo(403);
    assertThat(b.get("/").body()).doesNotContain("Carry on where you left off");
  }

  @Test
  void cookiesAreHttpOnlyAndSameSite() {
    WebClient b = new WebClient(server.base());
    HttpResponse<String> r = b.get("/quiz/new");
    assertThat(r.headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite="));
    HttpResponse<String> started = b.post("/quiz", "count", "1", "mode", "test");
    assertThat(started.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("sb_learner=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void refusesARequestLargerThanTheLimit() {
    WebClient b = new WebClient(server.base());
    b.get("/quiz/new");
    HttpResponse<String> r = b.post("/quiz", "count", "3", "padding", "x".repeat(200_000));
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void errorPagesShowNoStackTraces() {
    WebClient b = new WebClient(server.base());
    for (String path :
        List.of(
            "/no-such-page", "/quiz/not-an-attempt", "/quiz/x/q/abc", "/sources/no-such-source")) {
      HttpResponse<String> r = b.get(path);
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body())
          .contains("Not found")
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("javalin");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/../seeds/sources.yaml",
        "/static/%2e%2e/%2e%2e/seeds/sources.yaml",
        "/static/%2e%2e%2f%2e%2e%2fpom.xml",
        "/static/..%5c..%5cpom.xml",
        "/static/%252e%252e%252f%252e%252e%252fpom.xml",
        "/static/..%2f..%2f..%2fseeds%2fsources.yaml",
        "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/pom.xml",
        "/static/....//....//pom.xml",
        "/sources/..%2f..%2fpom.xml",
        "/static/app.css/../../../pom.xml",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
      })
  void encodedPathTricksNeverReachAFileOutsideTheServedFolder(String path) throws Exception {
    // A raw socket, so that nothing between the test and the server normalises the path.
    try (Socket socket = new Socket("127.0.0.1", URI.create(server.base()).getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 4");
      assertThat(response)
          .doesNotContain("<artifactId>")
          .doesNotContain("sources:")
          .doesNotContain("root:x:0:0");
    }
  }

  @Test
  void servesItsOwnStaticFilesWithTheirTypesAndRevalidation() throws Exception {
    WebClient b = new WebClient(server.base());
    HttpResponse<String> css = b.get("/static/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).contains("text/css");
    assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(css.body()).isEqualTo(Files.readString(Path.of("templates/web/static/app.css")));
    assertThat(b.get("/static/app.js").headers().firstValue("Content-Type").orElse(""))
        .contains("text/javascript");
    assertThat(b.get("/static/favicon.svg").headers().firstValue("Content-Type"))
        .contains("image/svg+xml");
    String etag = css.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        b.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/static/app.css"))
                .header("If-None-Match", etag)
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(b.get("/static/no-such.css").statusCode()).isEqualTo(404);
    HttpResponse<String> head =
        b.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/static/app.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type").orElse("")).contains("text/css");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void anUnknownMethodGetsAPageNotAnError() {
    HttpResponse<String> r =
        new WebClient(server.base())
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/sources"))
                    .method("DELETE", HttpRequest.BodyPublishers.noBody())
                    .build());
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.body()).doesNotContain("Exception");
  }

  /** Sends {@code request} as bytes on a socket of its own and reads the whole answer. */
  private static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", URI.create(server.base()).getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "400|GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n",
        "414|GET /LONG HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        "431|GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: BIG\r\nConnection: close\r\n\r\n",
        "505|GET / HTTP/7.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      })
  void jettysOwnErrorPagesCarryTheSecurityHeaders(String statusAndRequest) throws Exception {
    String[] parts = statusAndRequest.split("\\|", 2);
    String request =
        parts[1]
            .replace("\\r\\n", "\r\n")
            .replace("/LONG", "/" + "a".repeat(20_000))
            .replace("BIG", "b".repeat(20_000));
    String response = raw(request);
    assertThat(response).startsWith("HTTP/1.1 " + parts[0]);
    String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
    assertThat(head)
        .contains("Content-Security-Policy: default-src 'self'")
        .contains("X-Content-Type-Options: nosniff")
        .contains("X-Frame-Options: DENY")
        .contains("Referrer-Policy: same-origin");
    assertThat(response).doesNotContain("Exception").doesNotContain("at org.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/quiz/AAAA/q/1",
        "/quiz/AAAA",
        "/sources/nonexistent",
        "/briefing.pdf?topics=nope",
        "/no-such-page",
        "/",
        "/sources/mini-paper",
        "/static/app.css"
      })
  void headAnswersWhatGetWouldWithoutABody(String path) throws Exception {
    WebClient b = new WebClient(server.base());
    HttpResponse<String> get = b.get(path);
    HttpResponse<String> head =
        b.send(
            HttpRequest.newBuilder(URI.create(server.base() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(get.statusCode());
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
  }

  @Test
  void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsSent() throws Exception {
    // 10 GB announced, nothing sent: the answer must come at once, not after a read.
    String response =
        raw(
            "POST /quiz HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 10000000000\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 413");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded; charset=no-such-charset",
        "multipart/form-data; boundary=xyz",
        "multipart/form-data",
      })
  void clientMistakesInTheBodyAre400NotAServerError(String contentType) throws Exception {
    WebClient b = new WebClient(server.base());
    b.get("/quiz/new");
    HttpResponse<String> r =
        b.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/quiz"))
                .header("Content-Type", contentType)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + b.csrf()
                            + "\r\n--xy"))
                .build());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
