package org.steppebrief.web;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.steppebrief.content.Question;

/**
 * The question page open in the browser, answered through its real controls as a learner would:
 * clicking labels, choosing options, typing. It reads the page to know which question it shows and
 * in which order, so it works whatever the attempt's shuffle.
 */
final class QuestionPage {
  private final WebDriver driver;
  private final LibraryHolder library;

  QuestionPage(WebDriver driver, LibraryHolder library) {
    this.driver = driver;
    this.library = library;
  }

  static boolean isShowing(WebDriver driver) {
    return !driver.findElements(By.cssSelector("form.question")).isEmpty();
  }

  Question question() {
    String id = form().getDomAttribute("data-question");
    return library.get().question(id).orElseThrow(() -> new AssertionError("unknown " + id));
  }

  WebElement form() {
    return driver.findElement(By.cssSelector("form.question"));
  }

  WebElement submitButton() {
    return form().findElement(By.cssSelector("button[type=submit]"));
  }

  /** Fills in the right answer. */
  void answerRight() {
    Question q = question();
    if (q instanceof Question.SingleChoice s) {
      label(s.answer()).click();
    } else if (q instanceof Question.MultiChoice m) {
      m.answers().forEach(a -> label(a).click());
    } else if (q instanceof Question.TrueFalse t) {
      truth(t.answer()).click();
    } else if (q instanceof Question.Ordering o) {
      for (WebElement row : form().findElements(By.cssSelector("ol.ordering li"))) {
        String item = row.findElement(By.tagName("label")).getText();
        select(row).selectByVisibleText(Integer.toString(o.items().indexOf(item) + 1));
      }
    } else if (q instanceof Question.Matching m) {
      for (WebElement row : form().findElements(By.cssSelector("ul.matching li"))) {
        String left = row.findElement(By.tagName("label")).getText();
        select(row).selectByVisibleText(rightFor(m, left));
      }
    } else if (q instanceof Question.ShortAnswer s) {
      driver.findElement(By.id("text")).sendKeys(s.accept().get(0));
    } else if (q instanceof Question.Cloze c) {
      List<List<String>> blanks = c.text().blanks();
      for (int k = 0; k < blanks.size(); k++) {
        driver.findElement(By.id("blank-" + k)).sendKeys(blanks.get(k).get(0));
      }
    }
  }

  /** Fills in an answer worth nothing: a wrong choice, the other truth, a reversed order... */
  void answerWrong() {
    Question q = question();
    if (q instanceof Question.SingleChoice s) {
      label(s.choices().stream().filter(c -> !c.equals(s.answer())).findFirst().orElseThrow())
          .click();
    } else if (q instanceof Question.MultiChoice m) {
      label(m.choices().stream().filter(c -> !m.answers().contains(c)).findFirst().orElseThrow())
          .click();
    } else if (q instanceof Question.TrueFalse t) {
      truth(!t.answer()).click();
    } else if (q instanceof Question.Ordering o) {
      for (WebElement row : form().findElements(By.cssSelector("ol.ordering li"))) {
        String item = row.findElement(By.tagName("label")).getText();
        select(row)
            .selectByVisibleText(Integer.toString(o.items().size() - o.items().indexOf(item)));
      }
    } else if (q instanceof Question.Matching m) {
      List<WebElement> rows = form().findElements(By.cssSelector("ul.matching li"));
      for (int i = 0; i < rows.size(); i++) {
        String next = rows.get((i + 1) % rows.size()).findElement(By.tagName("label")).getText();
        select(rows.get(i)).selectByVisibleText(rightFor(m, next));
      }
    } else if (q instanceof Question.ShortAnswer) {
      driver.findElement(By.id("text")).sendKeys("no idea");
    } else if (q instanceof Question.Cloze c) {
      for (int k = 0; k < c.text().blanks().size(); k++) {
        driver.findElement(By.id("blank-" + k)).sendKeys("no idea");
      }
    }
  }

  /** Fills in an answer with some parts right, where the type gives partial credit. */
  void answerPartly() {
    Question q = question();
    if (q instanceof Question.Cloze c) {
      List<List<String>> blanks = c.text().blanks();
      driver.findElement(By.id("blank-0")).sendKeys(blanks.get(0).get(0));
      for (int k = 1; k < blanks.size(); k++) {
        driver.findElement(By.id("blank-" + k)).sendKeys("no idea");
      }
    } else if (q instanceof Question.MultiChoice m) {
      label(m.answers().get(0)).click();
    } else {
      answerWrong();
    }
  }

  /** The label of the true or false choice, found by its control, so in any language. */
  private WebElement truth(boolean value) {
    return form().findElement(By.cssSelector("label[for=t-" + value + "]"));
  }

  /** The label of a choice, found by its text as the learner reads it. */
  WebElement label(String text) {
    List<String> shown = new ArrayList<>();
    for (WebElement label : form().findElements(By.tagName("label"))) {
      if (label.getText().strip().equals(text)) {
        return label;
      }
      shown.add(label.getText());
    }
    throw new AssertionError("no label `" + text + "` on the page, only " + shown);
  }

  private static Select select(WebElement row) {
    return new Select(row.findElement(By.tagName("select")));
  }

  static String rightFor(Question.Matching m, String left) {
    return m.pairs().stream()
        .filter(p -> p.left().equals(left))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair for " + left))
        .right();
  }
}
