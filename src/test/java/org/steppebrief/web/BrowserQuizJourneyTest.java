package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;

/** Whole quizzes taken in real Chromium by clicking, choosing and typing, as a learner would. */
@NeedsChromium
class BrowserQuizJourneyTest {
  /** Answered wrong in the test-mode journey: each is worth nothing when wrong. */
  private static final Set<QuestionType> MISSED =
      EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER);

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

  @BeforeEach
  void newVisitor() {
    chrome.forgetVisitor(server.base());
    chrome.resize(HeadlessChromium.WIDE);
  }

  @Test
  void aPracticeQuizOfEveryTypeGivesFeedbackQuotingTheSourceAndLinksToTheHighlightedPassage() {
    driver.get(server.base() + "/");
    assertThat(text(".hero .lead")).endsWith("2 facts and 7 questions from 1 source text.");
    chrome.clickToLoad(driver.findElement(By.linkText("Start a quiz")));
    startQuiz("practice");

    QuestionPage page = new QuestionPage(driver, server.app().library());
    Set<QuestionType> seen = EnumSet.noneOf(QuestionType.class);
    boolean followedSource = false;
    for (int n = 1; QuestionPage.isShowing(driver); n++) {
      assertThat(text(".crumbs")).startsWith("Question " + n + " of 7 · Practice");
      Question q = page.question();
      seen.add(q.type());
      page.answerRight();
      chrome.clickToLoad(page.submitButton());

      assertThat(driver.getCurrentUrl()).endsWith("/q/" + n + "/feedback");
      assertThat(text(".verdict")).isEqualTo("Right.");
      assertThat(text(".explanation")).isEqualTo(q.info().explanation());
      List<Evidence> evidence = evidenceFor(q);
      List<WebElement> quotes = driver.findElements(By.cssSelector("figure.quote"));
      assertThat(quotes).hasSameSizeAs(evidence);
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        assertThat(quotes.get(i).findElement(By.tagName("blockquote")).getText())
            .isEqualTo("“" + e.words() + "”");
        WebElement link = quotes.get(i).findElement(By.cssSelector("figcaption a"));
        assertThat(link.getText()).isEqualTo("The Mini Paper, Ada Author, " + e.locator());
        assertThat(link.getDomAttribute("href")).isEqualTo(SourceLinks.INSTANCE.of(e));
      }
      // The bridge quote stands below the first screen of its source: its link has to scroll.
      if (q.info().factIds().contains("good-bridge")) {
        followSourceLink(quotes.get(0), evidence.get(0));
        followedSource = true;
      }
      chrome.clickToLoad(
          driver.findElement(By.linkText(n == 7 ? "See your results" : "Next question")));
    }

    assertThat(seen).containsExactlyInAnyOrder(QuestionType.values());
    assertThat(followedSource).isTrue();
    assertThat(driver.getCurrentUrl()).endsWith("/result");
    assertThat(text(".score strong")).isEqualTo("100%");
    assertThat(driver.findElements(By.cssSelector("li.result.right"))).hasSize(7);
    assertThat(driver.findElements(By.xpath("//button[starts-with(., 'Retry')]"))).isEmpty();
  }

  /** Opens a quote's source link: the quoted words are marked and their paragraph is in view. */
  private void followSourceLink(WebElement quote, Evidence evidence) {
    String anchor = evidence.anchor();
    chrome.clickToLoad(quote.findElement(By.cssSelector("figcaption a")));
    assertThat(driver.getCurrentUrl()).contains("/sources/mini-paper?hl=").endsWith("#" + anchor);
    List<WebElement> marks = driver.findElements(By.tagName("mark"));
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).getText()).isEqualTo(evidence.words());
    WebElement paragraph = driver.findElement(By.id(anchor));
    assertThat(paragraph.findElements(By.tagName("mark"))).hasSize(1);
    assertThat(chrome.script("return arguments[0].matches(':target')", paragraph)).isEqualTo(true);
    @SuppressWarnings("unchecked")
    Map<String, Number> view =
        (Map<String, Number>)
            chrome.script(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, scrolled: window.scrollY,"
                    + " height: window.innerHeight};",
                paragraph);
    double top = view.get("top").doubleValue();
    double bottom = view.get("bottom").doubleValue();
    double height = view.get("height").doubleValue();
    assertThat(top).as("paragraph top in viewport %s", view).isBetween(0.0, height);
    assertThat(bottom).as("paragraph bottom in viewport %s", view).isBetween(0.0, height);
    assertThat(bottom + view.get("scrolled").doubleValue())
        .as("the paragraph ends below the first screen, so the page had to scroll")
        .isGreaterThan(height);
    chrome.loading(() -> driver.navigate().back());
    assertThat(driver.getCurrentUrl()).endsWith("/feedback");
  }

  @Test
  void aTestKeepsFeedbackForTheEndThenShowsEveryAnswerWithItsEvidenceAndRetriesTheMissedOnes() {
    driver.get(server.base() + "/");
    chrome.clickToLoad(
        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("New quiz")));
    startQuiz("test");

    QuestionPage page = new QuestionPage(driver, server.app().library());
    List<Question> shown = new ArrayList<>();
    for (int n = 1; QuestionPage.isShowing(driver); n++) {
      assertThat(text(".crumbs")).startsWith("Question " + n + " of 7 · Test");
      assertThat(page.submitButton().getText()).isEqualTo("Save answer");
      Question q = page.question();
      shown.add(q);
      if (MISSED.contains(q.type())) {
        page.answerWrong();
      } else {
        page.answerRight();
      }
      chrome.clickToLoad(page.submitButton());
      assertThat(driver.getCurrentUrl()).endsWith(n < 7 ? "/q/" + (n + 1) : "/result");
      if (n < 7) {
        assertThat(driver.findElements(By.cssSelector(".verdict, .explanation, figure.quote")))
            .as("no feedback before the end of a test")
            .isEmpty();
      }
    }

    assertThat(driver.getCurrentUrl()).endsWith("/result");
    assertThat(text(".score strong")).isEqualTo("57%");
    assertThat(text(".score span")).isEqualTo("4 of 7 points, test");
    assertThat(text("table.breakdown tbody tr")).isEqualTo("A good topic 7 57%");
    List<WebElement> results = driver.findElements(By.cssSelector("li.result"));
    assertThat(results).hasSize(7);
    for (int i = 0; i < 7; i++) {
      Question q = shown.get(i);
      WebElement result = results.get(i);
      boolean missed = MISSED.contains(q.type());
      assertThat(result.getDomAttribute("class")).endsWith(missed ? "wrong" : "right");
      assertThat(result.findElement(By.cssSelector(".kind strong")).getText())
          .isEqualToIgnoringCase(missed ? "wrong" : "right");
      assertThat(result.findElement(By.tagName("h3")).getText()).isEqualTo(q.info().prompt());
      List<WebElement> answers = result.findElements(By.cssSelector("dl.answers dd"));
      if (missed) {
        assertThat(answers.get(0).getText()).as("the learner's answer").isEqualTo(wrongGiven(q));
        assertThat(answers.get(1).getText()).as("the right answer").isEqualTo(rightAnswer(q));
      } else {
        assertThat(answers.get(0).getText()).isNotBlank().isNotEqualTo("(not answered)");
        assertThat(answers.get(1).getText()).isNotBlank();
      }
      assertThat(result.findElement(By.cssSelector(".explanation")).getText())
          .isEqualTo(q.info().explanation());
      List<Evidence> evidence = evidenceFor(q);
      List<WebElement> quotes = result.findElements(By.cssSelector("figure.quote"));
      assertThat(quotes).hasSameSizeAs(evidence);
      for (int e = 0; e < evidence.size(); e++) {
        assertThat(quotes.get(e).findElement(By.tagName("blockquote")).getText())
            .isEqualTo("“" + evidence.get(e).words() + "”");
        assertThat(
                quotes.get(e).findElement(By.cssSelector("figcaption a")).getDomAttribute("href"))
            .isEqualTo(SourceLinks.INSTANCE.of(evidence.get(e)));
      }
    }

    String firstAttempt = driver.getCurrentUrl();
    chrome.clickToLoad(
        driver.findElement(By.xpath("//button[. = 'Retry the 3 questions you missed']")));
    assertThat(driver.getCurrentUrl()).isNotEqualTo(firstAttempt);
    List<QuestionType> retried = new ArrayList<>();
    for (int n = 1; QuestionPage.isShowing(driver); n++) {
      assertThat(text(".crumbs")).startsWith("Question " + n + " of 3 · Test");
      retried.add(page.question().type());
      page.answerRight();
      chrome.clickToLoad(page.submitButton());
    }
    assertThat(retried).containsExactlyInAnyOrderElementsOf(MISSED);
    assertThat(text(".score strong")).isEqualTo("100%");
  }

  @Test
  void anUnknownAddressShowsAPlainNotFoundPageWithAWayBack() {
    driver.get(server.base() + "/no-such-page");
    assertThat(text("h1")).isEqualTo("Not found");
    assertThat(text("main .lead")).isEqualTo("There is no page at this address.");
    chrome.clickToLoad(driver.findElement(By.linkText("Back to the topics")));
    assertThat(driver.getCurrentUrl()).isEqualTo(server.base() + "/");
  }

  /** Fills in the New quiz form: this fixture's hand-written questions only, in {@code mode}. */
  private void startQuiz(String mode) {
    assertThat(text("h1")).isEqualTo("New quiz");
    WebElement generated = driver.findElement(By.id("generated"));
    assertThat(generated.isSelected()).isTrue();
    driver.findElement(By.cssSelector("label[for=generated]")).click();
    assertThat(generated.isSelected()).isFalse();
    driver.findElement(By.cssSelector("label[for=mode-" + mode + "]")).click();
    assertThat(driver.findElement(By.id("mode-" + mode)).isSelected()).isTrue();
    chrome.clickToLoad(driver.findElement(By.xpath("//button[. = 'Start']")));
  }

  private static List<Evidence> evidenceFor(Question q) {
    LibraryHolder.Loaded loaded = server.app().library().get();
    return q.info().factIds().stream()
        .map(id -> loaded.library().evidence(loaded.facts().get(id)))
        .toList();
  }

  /** What the result page shows for the answers {@link QuestionPage#answerWrong()} gives. */
  private static String wrongGiven(Question q) {
    if (q instanceof Question.SingleChoice s) {
      return s.choices().stream().filter(c -> !c.equals(s.answer())).findFirst().orElseThrow();
    }
    if (q instanceof Question.TrueFalse t) {
      // A true-or-false answer is a word of the interface, as the bundle writes it.
      return !t.answer() ? "True" : "False";
    }
    return "no idea";
  }

  private static String rightAnswer(Question q) {
    if (q instanceof Question.SingleChoice s) {
      return s.answer();
    }
    if (q instanceof Question.TrueFalse t) {
      return t.answer() ? "True" : "False";
    }
    return ((Question.ShortAnswer) q).accept().get(0);
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }
}
