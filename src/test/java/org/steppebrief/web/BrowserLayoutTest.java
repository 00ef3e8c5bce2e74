package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every page at a phone's width and a laptop's: nothing scrolls sideways and the page's primary
 * action can be seen and reached. Leaves a screenshot of each page in /tmp/steppe-screenshots/ to
 * look at, in 1280/ and 375/ by page name.
 */
@NeedsChromium
class BrowserLayoutTest {
  @TempDir static Path dir;
  private static TestServer server;
  private static HeadlessChromium chrome;

  @BeforeAll
  static void start() {
    server = TestServer.withInstructor(dir, PageTour.INSTRUCTOR, PageTour.PASSWORD, "good");
    chrome = HeadlessChromium.start(dir.resolve("chromium"));
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

  /**
   * One walk at phone width (the clicking too), each page also looked at 1280 px wide: a second
   * walk would cost as much again and find nothing more.
   */
  @Test
  void onA375PixelPhoneAndA1280PixelScreenNoPageScrollsSidewaysAndEachShowsItsPrimaryAction() {
    List<String> problems = new ArrayList<>();
    chrome.resize(HeadlessChromium.PHONE);
    Set<String> pages =
        PageTour.walk(
            chrome,
            server,
            stop -> {
              for (Dimension window : List.of(HeadlessChromium.WIDE, HeadlessChromium.PHONE)) {
                chrome.resize(window);
                String where = stop.name() + " at " + window.getWidth() + " px";
                noSidewaysScrolling(where).ifPresent(problems::add);
                primaryActionHidden(where, stop.primary()).ifPresent(problems::add);
                chrome.screenshot(window.getWidth() + "/" + stop.name());
              }
            });
    assertThat(pages).containsExactlyInAnyOrderElementsOf(PageTour.PAGES);
    assertThat(problems).isEmpty();
  }

  /**
   * The page is no wider than the window. Checked against the width inside the scroll bar too: a
   * page wider than that gets a sideways scroll bar even where the window would hold it.
   */
  private Optional<String> noSidewaysScrolling(String where) {
    @SuppressWarnings("unchecked")
    Map<String, Object> widths =
        (Map<String, Object>)
            chrome.script(
                "const doc = document.documentElement;"
                    + " const wide = [];"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + "   const r = e.getBoundingClientRect();"
                    + "   if (r.right > doc.clientWidth + 0.5 && wide.length < 5) {"
                    + "     wide.push(e.tagName.toLowerCase() + '.' + e.className"
                    + "       + ' (right edge ' + Math.round(r.right) + ')');"
                    + "   }"
                    + " }"
                    + " return {scroll: doc.scrollWidth, client: doc.clientWidth,"
                    + "   window: window.innerWidth, wide: wide};");
    long scroll = ((Number) widths.get("scroll")).longValue();
    long client = ((Number) widths.get("client")).longValue();
    long window = ((Number) widths.get("window")).longValue();
    if (scroll <= window && scroll <= client) {
      return Optional.empty();
    }
    return Optional.of(
        where
            + " scrolls sideways: page "
            + scroll
            + " px, window "
            + window
            + " px, inside the scroll bar "
            + client
            + " px; too wide: "
            + widths.get("wide"));
  }

  /**
   * The primary action is displayed, fits across the window once scrolled to, and nothing covers
   * it: what is at its centre (of its first line, for a highlight across lines) is the element.
   */
  private Optional<String> primaryActionHidden(String where, By selector) {
    List<WebElement> found = chrome.driver().findElements(selector);
    if (found.isEmpty()) {
      return Optional.of(where + ": there is no " + selector);
    }
    WebElement primary = found.get(0);
    if (!primary.isDisplayed()) {
      return Optional.of(where + ": " + selector + " is not displayed");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> box =
        (Map<String, Object>)
            chrome.script(
                "const e = arguments[0];"
                    + " e.scrollIntoView({block: 'center', inline: 'nearest'});"
                    + " const r = e.getBoundingClientRect();"
                    // An inline element across lines: its first line, not the box around all.
                    + " const line = e.getClientRects()[0];"
                    + " const hit = document.elementFromPoint(line.left + line.width / 2,"
                    + "   line.top + line.height / 2);"
                    + " return {left: r.left, right: r.right, width: r.width, height: r.height,"
                    + "   client: document.documentElement.clientWidth,"
                    + "   uncovered: hit !== null && (hit === e || e.contains(hit))};",
                primary);
    double left = ((Number) box.get("left")).doubleValue();
    double right = ((Number) box.get("right")).doubleValue();
    double client = ((Number) box.get("client")).doubleValue();
    boolean visible =
        ((Number) box.get("width")).doubleValue() > 0
            && ((Number) box.get("height")).doubleValue() > 0
            && left >= 0
            && right <= client
            && Boolean.TRUE.equals(box.get("uncovered"));
    return visible
        ? Optional.empty()
        : Optional.of(where + ": " + selector + " cannot be seen whole: " + box);
  }
}
