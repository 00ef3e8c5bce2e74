package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One whole quiz in Russian in real Chromium: the learner picks Русский in the header (a link, no
 * script), takes a practice quiz of every question type, and reads Russian around English content.
 */
@NeedsChromium
class BrowserRussianQuizTest {
  @TempDir static Path dir;
  private static TestServer server;
  private static HeadlessChromium chrome;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    server = TestServer.withSheets(dir, "good");
    chrome = HeadlessChromium.start(dir.resolve("chromium"));
    driver = chrome.driver();
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private String htmlLang() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  @Test
  void aWholePracticeQuizInRussian() {
    chrome.forgetVisitor(server.base());
    chrome.resize(HeadlessChromium.WIDE);
    driver.get(server.base() + "/");
    assertThat(htmlLang()).isEqualTo("en");
    chrome.clickToLoad(driver.findElement(By.cssSelector("nav.langs a[hreflang=ru]")));
    assertThat(htmlLang()).isEqualTo("ru");
    assertThat(driver.getCurrentUrl()).isEqualTo(server.base() + "/");
    assertThat(text("nav.langs a[aria-current=true]")).isEqualTo("Русский");
    assertThat(text(".hero .lead")).endsWith("2 факта и 7 вопросов из 1 источника.");

    chrome.clickToLoad(driver.findElement(By.cssSelector("header nav a[href='/quiz/new']")));
    assertThat(text("h1")).isEqualTo("Новый тест");
    driver.findElement(By.cssSelector("label[for=generated]")).click();
    driver.findElement(By.cssSelector("label[for=mode-practice]")).click();
    chrome.clickToLoad(driver.findElement(By.xpath("//button[. = 'Начать']")));

    QuestionPage page = new QuestionPage(driver, server.app().library());
    for (int n = 1; QuestionPage.isShowing(driver); n++) {
      assertThat(htmlLang()).isEqualTo("ru");
      assertThat(text(".crumbs")).startsWith("Вопрос " + n + " из 7 · Тренировка");
      // The question itself is the content's, and says so for screen readers.
      assertThat(driver.findElements(By.cssSelector("main [lang=en]"))).isNotEmpty();
      page.answerRight();
      chrome.clickToLoad(page.submitButton());
      assertThat(text(".verdict")).isEqualTo("Верно.");
      assertThat(text(".evidence-h")).isEqualToIgnoringCase("Что говорят источники");
      chrome.clickToLoad(
          driver.findElement(By.linkText(n == 7 ? "Посмотреть результаты" : "Следующий вопрос")));
    }

    assertThat(driver.getCurrentUrl()).endsWith("/result");
    assertThat(text("h1")).isEqualTo("Ваши результаты");
    assertThat(text(".score strong")).isEqualTo("100%");
    assertThat(driver.findElements(By.cssSelector("li.result.right"))).hasSize(7);
    assertThat(driver.findElements(By.xpath("//button[starts-with(., 'Повторить')]"))).isEmpty();
  }
}
