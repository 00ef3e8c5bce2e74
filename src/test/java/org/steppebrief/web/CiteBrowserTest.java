package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Citing in real Chromium: select words in the reader, press Cite, get the source's characters. */
class CiteBrowserTest {
  @TempDir static Path dir;
  private static TestServer server;
  private static HeadlessChromium chrome;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    server = TestServer.withInstructor(dir, PageTour.INSTRUCTOR, PageTour.PASSWORD, "good");
    chrome = HeadlessChromium.start(dir.resolve("chromium"));
    driver = chrome.driver();
    chrome.resize(HeadlessChromium.WIDE);
    driver.get(server.base() + "/signin");
    driver.findElement(By.id("name")).sendKeys(PageTour.INSTRUCTOR);
    driver.findElement(By.id("password")).sendKeys(PageTour.PASSWORD);
    chrome.clickToLoad(driver.findElement(By.cssSelector("main .primary")));
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

  @Test
  void selectingWordsAndPressingCiteGivesTheStubWithTheSourcesCharactersAndTheFormTheSame() {
    driver.get(server.base() + "/sources/mini-paper");
    // The selection starts and ends inside words; the stub widens it to whole words.
    String stub =
        PageTour.cite(
            chrome, "he “Individual Partnership Action Plan” followed in 2006 — a new stag");
    assertThat(stub)
        .contains("source: mini-paper")
        .contains(
            "quote: \"the “Individual Partnership Action Plan” followed in 2006 — a new stage\"")
        .contains("kind:  # fact | assessment | prediction | quotation");
    assertThat(driver.findElement(By.cssSelector("#cite-output button.copy")).isDisplayed())
        .isTrue();
    chrome.screenshot("cite-from-reader");

    // Without JavaScript's selection: the same words pasted, straight quotes and a hyphen.
    driver.get(
        server.base()
            + "/instructor/cite?source=mini-paper&words="
            + URLEncoder.encode(
                "the \"Individual Partnership Action Plan\" followed in 2006 - a new stage",
                StandardCharsets.UTF_8));
    assertThat(driver.findElement(By.cssSelector("main pre.stub")).getText()).isEqualTo(stub);
    chrome.screenshot("cite-form");
  }
}
