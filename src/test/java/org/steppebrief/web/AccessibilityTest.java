package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core finds no WCAG 2.1 A or AA violation, nor a breach of its best practices, on any page.
 */
@NeedsChromium
class AccessibilityTest {
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * axe's best practices too (heading order, landmarks, one h1), checked in the same pass: a
   * skipped heading level is as real to a screen reader user as a missing label.
   */
  private static final List<String> BEST_PRACTICE = List.of("best-practice");

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

  @Test
  void axeFindsNoViolationOnAnyPage() {
    axeOnEveryPage(null);
  }

  /** The same pages in Russian and Kazakh: longer words, other letters, content marked English. */
  @ParameterizedTest
  @ValueSource(strings = {"ru", "kk"})
  void axeFindsNoViolationOnAnyPageInRussianOrKazakh(String language) {
    axeOnEveryPage(language);
  }

  @SuppressWarnings("deprecation") // setLegacyMode: see the comment below
  private static void axeOnEveryPage(String language) {
    chrome.resize(HeadlessChromium.WIDE);
    Map<String, List<Rule>> violations = new LinkedHashMap<>();
    Set<String> pages =
        PageTour.walk(
            chrome,
            server,
            language,
            stop -> {
              List<String> tags = new ArrayList<>(WCAG);
              tags.addAll(BEST_PRACTICE);
              // Legacy mode runs axe in the page itself; the default opens an about:blank window
              // under
              // a one-second timeout, which a loaded CI machine can miss. The pages have no frames.
              Results results =
                  new AxeBuilder().withTags(tags).setLegacyMode(true).analyze(chrome.driver());
              assertThat(results.isErrored())
                  .withFailMessage("axe failed on %s: %s", stop.name(), results.getErrorMessage())
                  .isFalse();
              if (!results.getViolations().isEmpty()) {
                violations.put(
                    stop.name() + " (" + chrome.driver().getCurrentUrl() + ")",
                    results.getViolations());
              }
            });
    assertThat(pages).containsExactlyInAnyOrderElementsOf(PageTour.PAGES);
    assertThat(violations).withFailMessage("%s", readable(violations)).isEmpty();
  }

  /** Each violation with the rule, its impact, the elements and what axe says would fix them. */
  private static String readable(Map<String, List<Rule>> violations) {
    List<String> lines = new ArrayList<>();
    violations.forEach(
        (page, rules) -> {
          lines.add("On " + page + ":");
          for (Rule rule : rules) {
            lines.add(
                "  "
                    + rule.getId()
                    + " ("
                    + rule.getImpact()
                    + "): "
                    + rule.getHelp()
                    + " "
                    + rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
              lines.add("    at " + node.getTarget() + ": " + node.getHtml());
              List<Check> checks = new ArrayList<>(node.getAny());
              checks.addAll(node.getAll());
              checks.addAll(node.getNone());
              for (Check check : checks) {
                lines.add("      " + check.getMessage());
              }
            }
          }
        });
    long rules = violations.values().stream().mapToLong(List::size).sum();
    return "axe-core found "
        + rules
        + " rule violation(s) on "
        + violations.size()
        + " page(s):\n"
        + String.join("\n", lines);
  }
}
