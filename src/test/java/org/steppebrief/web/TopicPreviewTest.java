package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicPreviewTest {
  @TempDir Path dir;
  private TestServer server;
  private WebClient b;

  @BeforeEach
  void start() {
    server = TestServer.withInstructor(dir, "ada", "correct horse battery", "good");
    b = new WebClient(server.base());
    b.get("/signin");
    b.post("/signin", "name", "ada", "password", "correct horse battery");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void showsFactsWithTheirWordsMarkedQuestionsWithKeyAndDistractorsAndTheSummaryResolved() {
    HttpResponse<String> r = b.get("/instructor/preview/good");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("A good topic")
        .contains("No problems")
        .contains("<mark>the partnership is a bridge between East and West</mark>")
        .contains("Held by the experts")
        .contains("href=\"#fact-good-began-1994\"")
        .contains("<p class=\"prompt\">When did the partnership begin?</p>")
        .contains("<ul class=\"key\"><li>1994</li></ul>")
        .contains("<li>2006</li><li>2007</li>")
        .contains(
            "<code>    quote: &quot;the partnership is a bridge between East and West&quot;</code>");
    assertThat(b.get("/instructor/preview").body()).contains("href=\"/instructor/preview/good\"");
  }

  @Test
  void anEditShowsOnTheNextRequestWithItsDiagnosticAtItsLine() throws IOException {
    Path sheet = server.content().resolve("questions/good.yaml");
    String text = Files.readString(sheet);
    Files.writeString(
        sheet, text.replace("bridge between East and West\"", "bridge between North and South\""));
    String body = b.get("/instructor/preview/good").body();
    assertThat(body)
        .contains("1 error")
        .contains("id=\"L20\"")
        .containsPattern(
            "id=\"L20\"[^¶]*Error at line 20, column 12</strong>: <span>quote not found in source `mini-paper`")
        .contains("closest passage is ¶");
    // Learners keep the library that loaded.
    assertThat(server.app().library().get().library().fact("good-bridge")).isPresent();
  }

  @Test
  void aFileThatDoesNotLoadShowsItsDiagnosticsInstead() throws IOException {
    Path sheet = server.content().resolve("questions/good.yaml");
    Files.writeString(
        sheet, Files.readString(sheet).replace("title: A good topic", "title: [unclosed"));
    String body = b.get("/instructor/preview/good").body();
    assertThat(body).contains("This file does not load").contains("YAML syntax error");
  }

  @Test
  void anUnknownTopicIsNotFoundAndStrangersAreSentToSignIn() {
    assertThat(b.get("/instructor/preview/nope").statusCode()).isEqualTo(404);
    assertThat(b.get("/instructor/preview/..%2Fseeds%2Fsources").statusCode()).isEqualTo(404);
    assertThat(new WebClient(server.base()).get("/instructor/preview/good").statusCode())
        .isEqualTo(303);
  }
}
