package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.steppebrief.content.Question;

/**
 * A whole practice quiz taken with the keyboard alone (Tab, Shift+Tab, Space, arrows, Enter and
 * typing), with the focus visible at every stop and the skip link leading into the page.
 */
@NeedsChromium
class BrowserKeyboardTest {
  /** More Tabs than any page here needs to reach its next control: a loop, not a long page. */
  private static final int MAX_TABS = 40;

  @TempDir static Path dir;
  private static TestServer server;
  private static HeadlessChromium chrome;
  private static WebDriver driver;

  /** Every focus stop without a visible focus indicator, as "page: element". */
  private final List<String> invisibleFocus = new ArrayList<>();

  private int stops;

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

  @Test
  void aWholePracticeQuizCanBeTakenWithTheKeyboardAloneWithTheFocusAlwaysVisible() {
    chrome.forgetVisitor(server.base());
    chrome.resize(HeadlessChromium.WIDE);
    driver.get(server.base() + "/");

    tabToSkipLink();
    chrome.screenshot(HeadlessChromium.WIDE.getWidth() + "/home-skip-link-focused");
    followSkipLink();
    assertThat(focused().getText()).isEqualTo("Start a quiz");
    chrome.loading(() -> press(Keys.ENTER));

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("New quiz");
    skipToContent();
    assertThat(focused().getDomAttribute("name")).isEqualTo("topic");
    tabTo(By.id("generated"));
    press(Keys.SPACE);
    assertThat(driver.findElement(By.id("generated")).isSelected()).isFalse();
    tabTo(By.id("mode-practice"));
    assertThat(focused().isSelected()).isTrue();
    tabTo(By.xpath("//button[. = 'Start']"));
    // Back one stop lands on the mode radio group again, at its checked radio.
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertFocusVisible();
    assertThat(focused().getDomAttribute("id")).isEqualTo("mode-practice");
    press(Keys.TAB);
    chrome.loading(() -> press(Keys.ENTER));

    QuestionPage page = new QuestionPage(driver, server.app().library());
    int answered = 0;
    while (QuestionPage.isShowing(driver)) {
      Question q = page.question();
      skipToContent();
      answerWithKeys(q, page);
      chrome.loading(() -> press(Keys.ENTER));
      answered++;

      assertThat(driver.findElement(By.cssSelector(".verdict")).getText())
          .as("feedback on %s", q.id())
          .isEqualTo("Right.");
      // The feedback page puts the focus on its way onward, so Enter goes on. Chromium applies
      // autofocus at the first rendering after load, which may come after the load event.
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> List.of("Next question", "See your results").contains(focused().getText()));
      assertFocusVisible();
      chrome.loading(() -> press(Keys.ENTER));
    }

    assertThat(answered).isEqualTo(7);
    assertThat(driver.getCurrentUrl()).endsWith("/result");
    assertThat(driver.findElement(By.cssSelector(".score strong")).getText()).isEqualTo("100%");
    assertThat(invisibleFocus).as("focus stops without a visible indicator").isEmpty();
    assertThat(stops).as("focus stops checked").isGreaterThan(30);
  }

  /**
   * From the top of a page, Tab reaches the skip link first, shown on screen; Enter on it moves the
   * keyboard into the main content, so the next Tab lands inside it and past the menu.
   */
  private void skipToContent() {
    tabToSkipLink();
    followSkipLink();
  }

  private void tabToSkipLink() {
    press(Keys.TAB);
    assertFocusVisible();
    WebElement skip = focused();
    assertThat(skip.getText()).isEqualTo("Skip to content");
    assertThat(onScreen(skip)).as("the focused skip link is on screen").isTrue();
  }

  private void followSkipLink() {
    press(Keys.ENTER);
    assertThat(driver.getCurrentUrl()).endsWith("#main");
    press(Keys.TAB);
    assertFocusVisible();
    assertThat(
            chrome.script(
                "return document.querySelector('main').contains(arguments[0])", focused()))
        .as("after the skip link, Tab lands in the main content, not on %s", describe(focused()))
        .isEqualTo(true);
  }

  /**
   * Answers right with Space on checkboxes, arrows in radio groups and selects, typing in boxes.
   */
  private void answerWithKeys(Question q, QuestionPage page) {
    WebElement submit = page.submitButton();
    for (int i = 0; !focused().equals(submit); i++) {
      assertThat(i).as("Tab never reached the submit button of %s", q.id()).isLessThan(MAX_TABS);
      WebElement control = focused();
      String tag = control.getTagName();
      String type = String.valueOf(control.getDomAttribute("type"));
      String label = labelOf(control);
      if (tag.equals("input") && type.equals("radio")) {
        String wanted = rightChoice(q);
        press(Keys.SPACE);
        for (int k = 0; !labelOf(focused()).equals(wanted); k++) {
          assertThat(k).as("arrows never reached `%s`", wanted).isLessThan(10);
          press(Keys.ARROW_DOWN);
          assertFocusVisible();
        }
        assertThat(focused().isSelected()).isTrue();
      } else if (tag.equals("input") && type.equals("checkbox")) {
        if (((Question.MultiChoice) q).answers().contains(label)) {
          press(Keys.SPACE);
          assertThat(control.isSelected()).isTrue();
        }
      } else if (tag.equals("select")) {
        String wanted = optionFor(q, label);
        List<String> options =
            control.findElements(By.tagName("option")).stream().map(WebElement::getText).toList();
        for (int k = 0; k < options.indexOf(wanted); k++) {
          press(Keys.ARROW_DOWN);
        }
        assertThat(chrome.script("return arguments[0].selectedOptions[0].text", control))
            .as("the select for `%s`", label)
            .isEqualTo(wanted);
      } else if (tag.equals("input")) {
        press(typedAnswer(q, control));
      }
      press(Keys.TAB);
      assertFocusVisible();
    }
  }

  private static String rightChoice(Question q) {
    if (q instanceof Question.SingleChoice s) {
      return s.answer();
    }
    return ((Question.TrueFalse) q).answer() ? "True" : "False";
  }

  private static String optionFor(Question q, String label) {
    if (q instanceof Question.Ordering o) {
      return Integer.toString(o.items().indexOf(label) + 1);
    }
    return QuestionPage.rightFor((Question.Matching) q, label);
  }

  private static String typedAnswer(Question q, WebElement box) {
    if (q instanceof Question.ShortAnswer s) {
      return s.accept().get(0);
    }
    int blank = Integer.parseInt(box.getDomAttribute("id").substring("blank-".length()));
    return ((Question.Cloze) q).text().blanks().get(blank).get(0);
  }

  /** Tabs forward to {@code target}, checking the focus is visible at every stop on the way. */
  private void tabTo(By target) {
    WebElement wanted = driver.findElement(target);
    for (int i = 0; !focused().equals(wanted); i++) {
      assertThat(i).as("Tab never reached %s", target).isLessThan(MAX_TABS);
      press(Keys.TAB);
      assertFocusVisible();
    }
  }

  /** The focused element draws an outline or a box shadow: the user can see where they are. */
  private void assertFocusVisible() {
    stops++;
    WebElement element = focused();
    @SuppressWarnings("unchecked")
    Map<String, Object> style =
        (Map<String, Object>)
            chrome.script(
                "const s = getComputedStyle(arguments[0]);"
                    + " return {outline: s.outlineStyle, width: s.outlineWidth,"
                    + " shadow: s.boxShadow};",
                element);
    boolean outline =
        !"none".equals(style.get("outline"))
            && Double.parseDouble(String.valueOf(style.get("width")).replace("px", "")) > 0;
    boolean shadow = !"none".equals(style.get("shadow"));
    if (!outline && !shadow) {
      invisibleFocus.add(driver.getCurrentUrl() + ": " + describe(element) + " " + style);
    }
  }

  private boolean onScreen(WebElement element) {
    return Boolean.TRUE.equals(
        chrome.script(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.top >= 0"
                + " && r.right <= window.innerWidth && r.bottom <= window.innerHeight;",
            element));
  }

  private String labelOf(WebElement control) {
    String id = control.getDomAttribute("id");
    List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + id + "']"));
    return labels.isEmpty() ? "" : labels.get(0).getText().strip();
  }

  private static String describe(WebElement element) {
    return "<"
        + element.getTagName()
        + " id="
        + element.getDomAttribute("id")
        + " class="
        + element.getDomAttribute("class")
        + ">"
        + element.getText();
  }

  private static WebElement focused() {
    return driver.switchTo().activeElement();
  }

  private static void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }
}
