package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePagesTest {
  @TempDir Path dir;
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.withSheets(dir, "good");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(WebClient b, String path, String acceptLanguage) {
    return b.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Accept-Language", acceptLanguage)
            .GET()
            .build());
  }

  @Test
  void acceptLanguageChoosesThePagesLanguageAndContentKeepsItsOwn() {
    WebClient b = new WebClient(server.base());
    String ru = get(b, "/", "ru-KZ,ru;q=0.9").body();
    assertThat(ru)
        .contains("<html lang=\"ru\">")
        .contains("Начать тест")
        .contains("<h3 lang=\"en\">A good topic</h3>")
        .contains("2 факта · ");
    assertThat(get(b, "/", "kk").body()).contains("<html lang=\"kk\">").contains("Тест бастау");
    assertThat(get(b, "/", "de").body()).contains("<html lang=\"en\">").contains("Start a quiz");
  }

  @Test
  void theSwitcherRemembersTheChoiceInACookieAndReturnsToThePage() {
    WebClient b = new WebClient(server.base());
    HttpResponse<String> r = b.get("/sources?lang=kk");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(WebClient.location(r)).isEqualTo("/sources");
    assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("sb_lang=kk;"));
    // The cookie wins over the browser's own preference.
    assertThat(get(b, "/sources", "ru").body())
        .contains("<html lang=\"kk\">")
        .contains("Дереккөздер");
    assertThat(b.get("/?lang=xx").statusCode()).isEqualTo(200);
    HttpResponse<String> away = b.get("//evil.example/?lang=ru");
    assertThat(WebClient.location(away)).startsWith("/").doesNotStartWith("//");
  }

  @Test
  void theCompiledQuestionPageIsKeptPerLanguageAndErrorsAreTranslated() {
    WebClient b = new WebClient(server.base());
    b.get("/quiz/new");
    String quiz = WebClient.location(b.post("/quiz", "count", "3", "mode", "practice"));
    String en = b.follow(quiz).body();
    b.get("/?lang=ru");
    String ru = b.follow(quiz).body();
    assertThat(en).contains("Question 1 of 3");
    assertThat(ru).contains("Вопрос 1 из 3").contains("Проверить ответ");
    assertThat(b.get("/no/such/page").body()).contains("По этому адресу страницы нет.");
  }
}
