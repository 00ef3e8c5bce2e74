package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;
import org.steppebrief.study.StoredCard;
import org.steppebrief.study.StudyStore;

/**
 * Studying in Chromium: the keyboard drives the review screen, the schedule survives a restart of
 * the server, and axe-core finds nothing wrong on the study and progress pages, wide or at 375 px.
 */
@NeedsChromium
class StudyBrowserTest {
  /** Where the screenshots of these pages go, to be looked at (not committed). */
  static final Path SHOTS = Path.of("/tmp/study-shots");

  private static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  @TempDir static Path dir;
  private static HeadlessChromium chrome;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    chrome = HeadlessChromium.start(dir.resolve("chromium"));
    driver = chrome.driver();
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.close();
    }
  }

  private static TestServer serve(Path content, String url) {
    return TestServer.start(content, url, dir);
  }

  @Test
  void studiesWithTheKeyboardAndFindsTheCardsScheduledAsBeforeAfterARestart() {
    Path content =
        ContentFixture.withSheets(dir.resolve("restart-content"), "good", "markup-in-content");
    String url = TestDatabases.sqliteUrl(dir);
    TestServer server = serve(content, url);
    try {
      chrome.resize(HeadlessChromium.WIDE);
      chrome.forgetVisitor(server.base());
      driver.get(server.base() + "/study");
      driver.findElement(By.cssSelector("label[for=study-good]")).click();
      chrome.clickToLoad(driver.findElement(By.xpath("//button[. = 'Save topics']")));
      assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText())
          .isEqualTo("Your topics are saved.");
      chrome.clickToLoad(driver.findElement(By.linkText("Study now")));

      // Space shows the answer; 4 (Easy), 3 (Good), 2 (Hard) rate three new cards.
      List<String> studied = new ArrayList<>();
      for (String key : List.of("4", "3", "2")) {
        studied.add(card());
        assertThat(driver.findElements(By.cssSelector("form.rate"))).isEmpty();
        chrome.loading(() -> press(Keys.SPACE));
        assertThat(driver.findElement(By.cssSelector("form.rate legend")).getText())
            .isEqualTo("How well did you recall it?");
        assertThat(card()).isEqualTo(studied.get(studied.size() - 1));
        chrome.loading(() -> press(key));
      }
      assertThat(studied)
          .containsExactly(
              "fact:good-began-1994", "fact:good-bridge", "cloze-year:good-began-1994");
      String nextCard = card();
      String learner = driver.manage().getCookieNamed(Visitor.COOKIE).getValue();
      Map<String, StoredCard> before = storedCards(url, learner);
      assertThat(before).containsOnlyKeys(studied);
      driver.get(server.base() + "/progress");
      String dueBefore = dueTable();
      // The Easy card waits 16 days, beyond the chart; the Good and Hard ones wait minutes.
      assertThat(dueBefore).startsWith("Today 2 / ").doesNotContain("Today 0");

      server.close();
      server = serve(content, url);

      assertThat(storedCards(url, learner)).isEqualTo(before);
      driver.get(server.base() + "/progress");
      assertThat(dueTable()).isEqualTo(dueBefore);
      assertThat(driver.findElement(By.cssSelector("ul.summary")).getText())
          .contains("3 reviews in 30 days");
      driver.get(server.base() + "/study/review");
      assertThat(card()).isEqualTo(nextCard);
    } finally {
      server.close();
    }
  }

  /**
   * axe-core runs at the wide size (what it checks does not change with the width); at 375 px the
   * pages are checked not to scroll sideways, and photographed.
   */
  @Test
  void theStudyAndProgressPagesAreAxeCleanAndFitAPhone() {
    Path content = ContentFixture.withSheets(dir.resolve("axe-content"), "good");
    TestServer server = serve(content, TestDatabases.sqliteUrl(dir));
    Map<String, List<Rule>> violations = new LinkedHashMap<>();
    try {
      for (Dimension size : List.of(HeadlessChromium.WIDE, HeadlessChromium.PHONE)) {
        boolean wide = size.equals(HeadlessChromium.WIDE);
        String width = Integer.toString(size.getWidth());
        chrome.resize(size);
        chrome.forgetVisitor(server.base());
        driver.get(server.base() + "/progress");
        check("progress-empty-" + width, violations);
        driver.get(server.base() + "/study");
        check("study-new-" + width, violations);
        driver.findElement(By.cssSelector("label[for=study-good]")).click();
        chrome.clickToLoad(driver.findElement(By.xpath("//button[. = 'Save topics']")));
        check("study-topics-" + width, violations);
        chrome.clickToLoad(driver.findElement(By.linkText("Study now")));
        check("card-front-" + width, violations);
        chrome.clickToLoad(driver.findElement(By.partialLinkText("Show answer")));
        check("card-back-" + width, violations);
        assertThat(driver.findElements(By.cssSelector("button.rating")))
            .hasSize(4)
            .allSatisfy(b -> assertThat(b.isDisplayed()).isTrue());
        chrome.clickToLoad(driver.findElement(By.cssSelector("button.rating.good")));
        if (wide) {
          // A question card with choices, then its answer with an explanation.
          for (int i = 0; i < 3; i++) {
            chrome.clickToLoad(driver.findElement(By.partialLinkText("Show answer")));
            chrome.clickToLoad(driver.findElement(By.cssSelector("button.rating.easy")));
          }
          check("card-question-front-" + width, violations);
          chrome.clickToLoad(driver.findElement(By.partialLinkText("Show answer")));
          check("card-question-back-" + width, violations);
          chrome.clickToLoad(driver.findElement(By.cssSelector("button.rating.hard")));
        }
        driver.get(server.base() + "/progress");
        check("progress-" + width, violations);
        driver.findElements(By.cssSelector("details summary")).forEach(WebElement::click);
        shot("progress-tables-" + width);
        if (wide) {
          // No topics ticked: nothing new, nothing due yet: the done page.
          driver.get(server.base() + "/study");
          driver.findElement(By.cssSelector("label[for=study-good]")).click();
          chrome.clickToLoad(driver.findElement(By.xpath("//button[. = 'Save topics']")));
          driver.get(server.base() + "/study/review");
          assertThat(driver.findElement(By.tagName("h1")).getText())
              .isEqualTo("Nothing more to study now");
          check("done-" + width, violations);
        }
      }
    } finally {
      server.close();
    }
    assertThat(violations).withFailMessage("%s", readable(violations)).isEmpty();
  }

  /**
   * Runs axe-core on the page (at the wide size), checks it does not scroll sideways, and takes its
   * picture.
   */
  @SuppressWarnings("deprecation") // setLegacyMode: see the comment below
  private static void check(String name, Map<String, List<Rule>> violations) {
    if (driver.manage().window().getSize().getWidth() == HeadlessChromium.WIDE.getWidth()) {
      // Legacy mode runs axe in the page itself; the default opens an about:blank window under
      // a one-second timeout, which a loaded CI machine can miss. The pages have no frames.
      Results results = new AxeBuilder().withTags(AXE_TAGS).setLegacyMode(true).analyze(driver);
      assertThat(results.isErrored()).withFailMessage("axe failed on %s", name).isFalse();
      if (!results.getViolations().isEmpty()) {
        violations.put(name + " (" + driver.getCurrentUrl() + ")", results.getViolations());
      }
    }
    assertThat(chrome.number("return document.documentElement.scrollWidth"))
        .as("%s scrolls sideways", name)
        .isLessThanOrEqualTo(chrome.number("return document.documentElement.clientWidth"));
    shot(name);
  }

  private static void shot(String name) {
    try {
      Files.createDirectories(SHOTS);
      Files.move(
          chrome.screenshot("study-" + name),
          SHOTS.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readable(Map<String, List<Rule>> violations) {
    List<String> lines = new ArrayList<>();
    violations.forEach(
        (page, rules) -> {
          lines.add("On " + page + ":");
          for (Rule rule : rules) {
            lines.add("  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
              lines.add("    at " + node.getTarget() + ": " + node.getHtml());
            }
          }
        });
    return String.join("\n", lines);
  }

  private static String card() {
    return driver.findElement(By.cssSelector("[data-study]")).getDomAttribute("data-card");
  }

  private static void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** The due-per-day table of the progress page, as "Today 0 / Wed 11 Mar 1 / ...". */
  private static String dueTable() {
    return String.join(
        " / ",
        driver.findElements(By.cssSelector("#due-h ~ details tbody tr")).stream()
            .map(
                row ->
                    String.join(
                        " ",
                        row.findElements(By.cssSelector("th, td")).stream()
                            .map(cell -> cell.getAttribute("textContent").strip())
                            .toList()))
            .toList());
  }

  private static Map<String, StoredCard> storedCards(String url, String learner) {
    try (Database db = Database.open(url)) {
      return new StudyStore(db).cards(learner);
    }
  }
}
