package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.corpus.Passage;

class CiteFromReaderTest {
  private static final String QUOTE =
      "the “Individual Partnership Action Plan” followed in 2006 — a new stage";

  @TempDir Path dir;
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.withInstructor(dir, "ada", "correct horse battery", "good");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private WebClient signedIn() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    b.post("/signin", "name", "ada", "password", "correct horse battery");
    return b;
  }

  private Passage opening() {
    return server
        .app()
        .library()
        .get()
        .library()
        .source("mini-paper")
        .orElseThrow()
        .passages()
        .stream()
        .filter(p -> p.text().contains("Individual Partnership"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theReaderOffersCitingToAnInstructorOnly() {
    String anonymous = new WebClient(server.base()).get("/sources/mini-paper").body();
    assertThat(anonymous)
        .doesNotContain("data-cite-source")
        .doesNotContain("Cite from this source");
    String instructor = signedIn().get("/sources/mini-paper").body();
    assertThat(instructor)
        .contains("data-cite-source=\"mini-paper\"")
        .contains("Cite from this source")
        .contains("data-passage=\"" + opening().id() + "\"");
  }

  @Test
  void aSelectionBecomesAStubWithTheSourcesOwnCharacters() {
    Passage p = opening();
    int start = p.text().indexOf("the “Individual");
    // A selection that cuts words in half is widened to whole words.
    HttpResponse<String> r =
        signedIn()
            .get(
                "/instructor/cite/selection?source=mini-paper&passage="
                    + enc(p.id())
                    + "&start="
                    + (start + 2)
                    + "&end="
                    + (start + QUOTE.length() - 2));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(r.body())
        .contains("    source: mini-paper\n")
        .contains("    quote: \"" + QUOTE + "\"\n")
        .contains("    passage: \"" + p.id() + "\"")
        .contains("kind:  # fact | assessment | prediction | quotation")
        .doesNotContain("prefix:");
  }

  @Test
  void theFormGivesTheSameStubForPastedWordsTypedWithStraightQuotes() {
    WebClient b = signedIn();
    Passage p = opening();
    int start = p.text().indexOf(QUOTE);
    String selected =
        b.get(
                "/instructor/cite/selection?source=mini-paper&passage="
                    + enc(p.id())
                    + "&start="
                    + start
                    + "&end="
                    + (start + QUOTE.length()))
            .body();
    HttpResponse<String> form =
        b.get(
            "/instructor/cite?source=mini-paper&words="
                + enc("the \"Individual Partnership Action Plan\" followed in 2006 - a new stage"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains(escaped(selected));
  }

  @Test
  void wordsNotInTheSourceGetTheClosestPassageAndWhereTheyStopAgreeing() {
    HttpResponse<String> r =
        signedIn()
            .get(
                "/instructor/cite?source=mini-paper&words="
                    + enc("The partnership began in 1995 with the Partnership for Peace"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("these words are not in `mini-paper`")
        .contains("Closest passage")
        .contains("1995");
  }

  @Test
  void citingRefusesAnyoneWhoIsNotSignedIn() {
    WebClient b = new WebClient(server.base());
    assertThat(b.get("/instructor/cite").statusCode()).isEqualTo(303);
    assertThat(b.get("/instructor/cite/selection?source=mini-paper&start=0&end=5").statusCode())
        .isEqualTo(303);
  }

  @Test
  void anUnknownSourceIsNotFound() {
    assertThat(signedIn().get("/instructor/cite/selection?source=nope&start=0&end=5").statusCode())
        .isEqualTo(404);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** As Thymeleaf's th:text escapes it. */
  static String escaped(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
