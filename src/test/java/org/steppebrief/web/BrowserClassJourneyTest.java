package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.steppebrief.briefing.VeraPdf;
import org.steppebrief.content.Library;
import org.steppebrief.corpus.Passage;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The instructor's whole loop in real Chromium: a class and an assignment made by clicking, three
 * learners joining and answering (each with a fresh cookie jar in a second browser), the board
 * following them without a reload, the reader shading the passage behind the most-missed question,
 * and the re-teach worksheet passing veraPDF.
 */
class BrowserClassJourneyTest {
  @TempDir static Path dir;
  private static TestServer server;
  private static HeadlessChromium teacherChrome;
  private static HeadlessChromium learnerChrome;

  @BeforeAll
  static void start() {
    server = TestServer.withInstructor(dir, PageTour.INSTRUCTOR, PageTour.PASSWORD, "good");
    teacherChrome = HeadlessChromium.start(dir.resolve("teacher"));
    learnerChrome = HeadlessChromium.start(dir.resolve("learners"));
  }

  @AfterAll
  static void stop() {
    for (HeadlessChromium c : new HeadlessChromium[] {teacherChrome, learnerChrome}) {
      if (c != null) {
        c.close();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void threeLearnersJoinAndAnswerAndTheBoardReaderAndWorksheetShowWhatTheyMissed()
      throws Exception {
    WebDriver teacher = teacherChrome.driver();
    teacherChrome.forgetVisitor(server.base());
    teacher.get(server.base() + "/signin");
    teacher.findElement(By.id("name")).sendKeys(PageTour.INSTRUCTOR);
    teacher.findElement(By.id("password")).sendKeys(PageTour.PASSWORD);
    teacherChrome.clickToLoad(teacher.findElement(By.cssSelector("main .primary")));
    teacherChrome.clickToLoad(teacher.findElement(By.linkText("Classes")));
    teacher.findElement(By.id("name")).sendKeys("History 9B");
    teacherChrome.clickToLoad(teacher.findElement(By.cssSelector("main .primary")));
    String code = teacher.findElement(By.cssSelector(".big-code")).getText();
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    teacherChrome.clickToLoad(teacher.findElement(By.linkText("New assignment")));
    teacher.findElement(By.id("title")).sendKeys("Week 1");
    teacher.findElement(By.cssSelector("label[for=how-ticked]")).click();
    teacher.findElement(By.cssSelector("label[for='q-good-q-year']")).click();
    teacher.findElement(By.cssSelector("label[for='q-good-q-tf']")).click();
    teacherChrome.clickToLoad(teacher.findElement(By.cssSelector("main .primary")));
    String board = teacher.getCurrentUrl();
    assertThat(teacher.findElement(By.tagName("h1")).getText()).isEqualTo("Week 1");
    assertThat(teacher.findElement(By.id("live")).getDomAttribute("data-live")).isEqualTo("true");

    // Three learners: all right; the true-false wrong; both wrong.
    String[] names = {"Айгүл", "Ben <b>", "Chloé \"C\""};
    boolean[][] right = {{true, true}, {true, false}, {false, false}};
    WebDriver learner = learnerChrome.driver();
    for (int l = 0; l < 3; l++) {
      learnerChrome.forgetVisitor(server.base());
      learner.get(server.base() + "/join/" + code);
      assertThat(learner.findElement(By.tagName("h1")).getText()).isEqualTo("Join History 9B");
      learner.findElement(By.id("name")).sendKeys(names[l]);
      learnerChrome.clickToLoad(learner.findElement(By.cssSelector("main .primary")));
      learnerChrome.clickToLoad(learner.findElement(By.linkText("Topics")));
      assertThat(learner.findElement(By.id("assignments-h")).getText())
          .isEqualTo("Open assignments");
      learnerChrome.clickToLoad(learner.findElement(By.linkText("Week 1")));
      learnerChrome.clickToLoad(learner.findElement(By.cssSelector("main .primary")));
      QuestionPage page = new QuestionPage(learner, server.app().library());
      while (QuestionPage.isShowing(learner)) {
        boolean tf = page.question().id().equals("good-q-tf");
        if (right[l][tf ? 1 : 0]) {
          page.answerRight();
        } else {
          page.answerWrong();
        }
        learnerChrome.clickToLoad(page.submitButton());
      }
      assertThat(learner.getCurrentUrl()).endsWith("/result");
    }

    // The board, open all along, catches up by itself (polling, no reload).
    new WebDriverWait(teacher, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("live")).getText().contains("6 answers so far"));
    String live = teacher.findElement(By.id("live")).getText();
    assertThat(live)
        .contains("Айгүл")
        .contains("Ben <b>")
        .contains("Chloé \"C\"")
        .contains("2.0 / 2 (100%)")
        .contains("1.0 / 2 (50%)")
        .contains("0.0 / 2 (0%)");
    List<String> facilities =
        teacher.findElements(By.cssSelector("li.item .meta strong")).stream()
            .map(e -> e.getText())
            .toList();
    // Most missed first: the true-false (1 of 3 right), then the year (2 of 3).
    assertThat(facilities.get(0)).isEqualTo("33%");
    assertThat(facilities.get(2)).isEqualTo("67%");
    assertThat(teacher.findElement(By.cssSelector("li.item .choice-counts li.right")).getText())
        .isEqualTo("1 True ✓ right answer");

    // The reader shades the passage behind the most-missed question darkest, its share written.
    Library library = server.app().library().get().library();
    Passage missed = library.passageOf(library.fact("good-bridge").orElseThrow());
    teacherChrome.clickToLoad(
        teacher.findElement(By.cssSelector("section[aria-labelledby=reader-h] a")));
    String shade = teacher.findElement(By.id(missed.anchor())).getDomAttribute("class");
    assertThat(shade).contains("shade s");
    int darkest =
        teacher.findElements(By.cssSelector(".para.shade")).stream()
            .mapToInt(e -> shadeOf(e.getDomAttribute("class")))
            .max()
            .orElseThrow();
    assertThat(shadeOf(shade)).isEqualTo(darkest);
    assertThat(
            teacher.findElement(By.cssSelector("#" + missed.anchor() + " .wrong-share")).getText())
        .matches("\\d+% wrong \\(\\d+ of \\d+ answers\\)");

    // The re-teach worksheet, fetched with the instructor's session as the browser's link would.
    String session = teacher.manage().getCookieNamed(InstructorHandlers.COOKIE).getValue();
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(board + "/reteach.pdf"))
                    .header("Cookie", InstructorHandlers.COOKIE + "=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(VeraPdf.failures(pdf.body(), PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf.body(), PDFAFlavour.PDFA_3_U)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Re-teach: Week 1");
    }
  }

  private static int shadeOf(String classes) {
    return Integer.parseInt(classes.replaceAll(".*\\bs(\\d+)\\b.*", "$1"));
  }
}
