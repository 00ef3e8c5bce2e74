package org.steppebrief.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.steppebrief.content.Question;

/**
 * Walks every kind of page a visitor can reach, by clicking as a visitor would, and stops at each
 * so that a test can look at it. One walk serves the accessibility, layout and screenshot tests, so
 * a new page type added here is checked by all of them.
 */
final class PageTour {
  static final String INSTRUCTOR = "ada";
  static final String PASSWORD = "correct horse battery";

  /** Every stop of a walk over the "good" fixture (one question of each type, by hand). */
  static final List<String> PAGES =
      List.of(
          "home",
          "new-quiz",
          "question-single-choice",
          "question-multi-choice",
          "question-true-false",
          "question-ordering",
          "question-matching",
          "question-short-answer",
          "question-cloze",
          "feedback-right",
          "feedback-wrong",
          "feedback-partial",
          "result",
          "source-highlight",
          "sources",
          "home-progress",
          "resume",
          "resume-error",
          "question-test-mode",
          "result-test",
          "signin",
          "signin-error",
          "instructor",
          "classes",
          "class",
          "assignment-new",
          "join",
          "classes-mine",
          "assignment",
          "board",
          "reader",
          "join-error",
          "source-cite",
          "source-cited",
          "cite-form",
          "preview-index",
          "preview",
          "not-found");

  /** Whatever the page exists for: its one primary button on most pages. */
  private static final By PRIMARY = By.cssSelector("main .primary");

  /** A page to look at, and the element a visitor must be able to see and reach on it. */
  record Stop(String name, By primary) {}

  private final HeadlessChromium chrome;
  private final TestServer server;
  private final WebDriver driver;

  /** The interface language the walk asks for (the switcher's cookie), or null for the default. */
  private final String language;

  private PageTour(HeadlessChromium chrome, TestServer server, String language) {
    this.chrome = chrome;
    this.server = server;
    this.driver = chrome.driver();
    this.language = language;
  }

  /**
   * Walks the site as a new visitor in the window's current size, calling {@code at} on each page;
   * returns the names of the pages it stopped at.
   */
  static Set<String> walk(HeadlessChromium chrome, TestServer server, Consumer<Stop> at) {
    return walk(chrome, server, null, at);
  }

  /**
   * The same walk with the interface in {@code language} ("ru", "kk", or the pseudo-locale
   * "en-XA"), chosen as the switcher does, by its cookie. The walk finds its way by addresses and
   * markup, never by words, so it takes the same path in every language.
   */
  static Set<String> walk(
      HeadlessChromium chrome, TestServer server, String language, Consumer<Stop> at) {
    Set<String> seen = new LinkedHashSet<>();
    new PageTour(chrome, server, language)
        .walk(
            stop -> {
              if (seen.add(stop.name())) {
                at.accept(stop);
              }
            });
    return seen;
  }

  private void walk(Consumer<Stop> at) {
    chrome.forgetVisitor(server.base());
    if (language != null) {
      driver.manage().addCookie(new Cookie(Languages.COOKIE, language, "/"));
    }
    driver.get(server.base() + "/");
    at.accept(new Stop("home", PRIMARY));

    chrome.clickToLoad(nav("/quiz/new"));
    at.accept(new Stop("new-quiz", PRIMARY));
    // The hand-written questions only: one of each type.
    driver.findElement(By.cssSelector("label[for=generated]")).click();
    chrome.clickToLoad(driver.findElement(PRIMARY));
    QuestionPage page = new QuestionPage(driver, server.app().library());
    while (QuestionPage.isShowing(driver)) {
      Question q = page.question();
      at.accept(new Stop("question-" + q.type().key(), PRIMARY));
      // One answer wrong and one partly right, so that every kind of feedback is shown.
      switch (q.type()) {
        case TRUE_FALSE -> page.answerWrong();
        case CLOZE -> page.answerPartly();
        default -> page.answerRight();
      }
      chrome.clickToLoad(page.submitButton());
      String verdict =
          driver
              .findElement(By.cssSelector(".verdict"))
              .getDomAttribute("class")
              .replace("verdict", "")
              .strip();
      at.accept(new Stop("feedback-" + verdict, PRIMARY));
      chrome.clickToLoad(driver.findElement(PRIMARY));
    }
    at.accept(new Stop("result", PRIMARY));

    chrome.clickToLoad(driver.findElement(By.cssSelector("figure.quote figcaption a")));
    at.accept(new Stop("source-highlight", By.tagName("mark")));
    chrome.clickToLoad(nav("/sources"));
    at.accept(new Stop("sources", By.cssSelector("main .cards a")));
    chrome.clickToLoad(nav("/"));
    at.accept(new Stop("home-progress", PRIMARY));

    chrome.clickToLoad(driver.findElement(By.cssSelector("footer a[href='/resume']")));
    at.accept(new Stop("resume", PRIMARY));
    driver.findElement(By.id("code")).sendKeys("00000-00000");
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("resume-error", PRIMARY));

    chrome.clickToLoad(nav("/quiz/new"));
    driver.findElement(By.cssSelector("label[for=mode-test]")).click();
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("question-test-mode", PRIMARY));
    chrome.clickToLoad(driver.findElement(By.cssSelector("form.finish button")));
    at.accept(new Stop("result-test", PRIMARY));

    chrome.clickToLoad(nav("/instructor"));
    at.accept(new Stop("signin", PRIMARY));
    signIn("not the password");
    at.accept(new Stop("signin-error", PRIMARY));
    signIn(PASSWORD);
    at.accept(new Stop("instructor", By.cssSelector("main button")));
    classes(at);

    driver.get(server.base() + "/sources/mini-paper");
    at.accept(new Stop("source-cite", By.cssSelector("#cite-panel a")));
    cite(chrome, "Kazakhstan’s role was central.");
    at.accept(new Stop("source-cited", By.id("cite-stub")));
    chrome.clickToLoad(driver.findElement(By.cssSelector("#cite-panel a")));
    driver.findElement(By.id("words")).sendKeys("Cooperation grew every year.");
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("cite-form", By.cssSelector("main pre.stub")));
    driver.get(server.base() + "/instructor/preview");
    at.accept(new Stop("preview-index", By.cssSelector("main .preview-files a")));
    chrome.clickToLoad(driver.findElement(By.cssSelector("main .preview-files a")));
    at.accept(new Stop("preview", By.cssSelector("main h1")));

    driver.get(server.base() + "/no-such-page");
    at.accept(new Stop("not-found", PRIMARY));
  }

  /**
   * The instructor makes a class and an assignment, joins it as a learner in the same browser (the
   * learner cookie from the quizzes above is still there), answers, and looks at the board.
   */
  private void classes(Consumer<Stop> at) {
    chrome.clickToLoad(driver.findElement(By.cssSelector("main a[href='/instructor/classes']")));
    at.accept(new Stop("classes", PRIMARY));
    driver.findElement(By.id("name")).sendKeys("Group Б <b>2</b>");
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("class", PRIMARY));
    String code = driver.findElement(By.cssSelector(".big-code")).getText();
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("assignment-new", PRIMARY));
    driver.findElement(By.cssSelector("label[for=how-ticked]")).click();
    driver.findElement(By.cssSelector("label[for='q-good-q-year']")).click();
    chrome.clickToLoad(driver.findElement(PRIMARY));
    String board = driver.getCurrentUrl();

    driver.get(server.base() + "/join/" + code);
    at.accept(new Stop("join", PRIMARY));
    driver.findElement(By.id("name")).sendKeys("Айгүл \"A\" <i>");
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("classes-mine", PRIMARY));
    chrome.clickToLoad(driver.findElement(By.cssSelector("main .assignment-list a")));
    at.accept(new Stop("assignment", PRIMARY));
    chrome.clickToLoad(driver.findElement(PRIMARY));
    QuestionPage page = new QuestionPage(driver, server.app().library());
    page.answerWrong();
    chrome.clickToLoad(page.submitButton());

    driver.get(board);
    at.accept(new Stop("board", PRIMARY));
    chrome.clickToLoad(driver.findElement(By.cssSelector("section[aria-labelledby=reader-h] a")));
    at.accept(new Stop("reader", By.cssSelector(".wrong-share")));

    driver.get(server.base() + "/join");
    driver.findElement(By.id("code")).sendKeys("0000-0000");
    driver.findElement(By.id("name")).sendKeys("Guess");
    chrome.clickToLoad(driver.findElement(PRIMARY));
    at.accept(new Stop("join-error", PRIMARY));
  }

  /**
   * On a source page, selects {@code words} in the passage that has them, as a reader's mouse would
   * (a range over the page's text, then mouseup), presses the Cite button that appears and waits
   * for the stub; returns the stub's text.
   */
  static String cite(HeadlessChromium chrome, String words) {
    chrome.script(
        "var words = arguments[0];"
            + "var passage = Array.from(document.querySelectorAll('[data-passage]'))"
            + "  .find(function (p) { return p.textContent.indexOf(words) >= 0; });"
            + "var walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);"
            + "var node; while ((node = walker.nextNode())) {"
            + "  var at = node.textContent.indexOf(words);"
            + "  if (at >= 0) { var range = document.createRange();"
            + "    range.setStart(node, at); range.setEnd(node, at + words.length);"
            + "    var selection = window.getSelection(); selection.removeAllRanges();"
            + "    selection.addRange(range); break; } }"
            + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
        words);
    WebDriver driver = chrome.driver();
    WebElement button =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
            .until(
                d -> {
                  WebElement b = d.findElement(By.cssSelector("button.cite-button"));
                  return b.isDisplayed() ? b : null;
                });
    button.click();
    return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(
            d -> {
              String text = d.findElement(By.id("cite-stub")).getText();
              return text.isEmpty() ? null : text;
            });
  }

  private void signIn(String password) {
    WebElement name = driver.findElement(By.id("name"));
    name.clear();
    name.sendKeys(INSTRUCTOR);
    driver.findElement(By.id("password")).sendKeys(password);
    chrome.clickToLoad(driver.findElement(PRIMARY));
  }

  private WebElement nav(String href) {
    return driver.findElement(By.cssSelector("header nav a[href='" + href + "']"));
  }
}
