package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.steppebrief.Slow;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Topic;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The briefing as a reader, a screen reader and an archive see it, read back with PDFBox. */
@Slow
class BriefingPdfTest {

  @NeedsVeraPdf
  @Test
  void instructorBriefingPassesPdfUa1AndPdfA3u() {
    byte[] pdf = Samples.instructorSample().bytes();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @NeedsVeraPdf
  @Test
  void fullStudentBriefingPassesPdfUa1AndPdfA3u() {
    byte[] pdf = Samples.studentFull().bytes();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void textReadsBackWithSectionTitlesQuotedPassagesAndTheCyrillicTitle() {
    String text = Samples.text(Samples.instructorSample());
    for (String id : Samples.FEATURE_TOPICS) {
      assertThat(text).contains(Samples.library().topic(id).orElseThrow().title());
    }
    assertThat(text)
        .contains(
            "Bottom line up front",
            "Contents",
            "Timeline",
            "Key facts",
            "Key actors",
            "SWOT analysis",
            "Check your understanding",
            "Glossary",
            "Sources",
            "Answer key");
    // Small capitals by text-transform come out as capitals.
    assertThat(text).containsIgnoringCase("Perspectives, in their own words");
    Fact pfp = Samples.library().fact("pm-pfp-1994").orElseThrow();
    assertThat(text).contains("“" + pfp.quote() + "”");
    assertThat(text).contains("Зачем Казахстан зовет НАТО на Каспий");
  }

  @Test
  void fullBriefingHasEveryTopicInOrderWithBookmarksForEverySection() throws IOException {
    PdfRenderer.Pdf full = Samples.studentFull();
    String text = Samples.text(full);
    String body = Samples.text(full, 3, full.pages());
    int last = -1;
    for (Topic topic : Samples.library().topics()) {
      int at = body.indexOf(topic.title());
      assertThat(at).as(topic.title()).isGreaterThan(last);
      last = at;
    }
    try (PDDocument doc = Samples.open(full)) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        assertThat(item.findDestinationPage(doc)).as(item.getTitle()).isNotNull();
      }
      List<String> expected = new ArrayList<>(List.of("Bottom line up front", "Contents"));
      for (int i = 0; i < Samples.library().topics().size(); i++) {
        expected.add((i + 1) + ". " + Samples.library().topics().get(i).title());
      }
      expected.addAll(List.of("Glossary", "Sources"));
      assertThat(bookmarks).containsExactlyElementsOf(expected);
    }
    assertThat(text).doesNotContain("Answer key");
  }

  @Test
  void contentsGiveThePageEachTopicStartsOn() throws IOException {
    PdfRenderer.Pdf full = Samples.studentFull();
    try (PDDocument doc = Samples.open(full)) {
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        if (item.getTitle().startsWith("3. ")) {
          int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
          String title = item.getTitle().substring(3);
          assertThat(Samples.text(full, 2, 2))
              .containsPattern("3 " + java.util.regex.Pattern.quote(title) + " " + page + "\\b");
          assertThat(Samples.text(full, page, page)).contains(title);
        }
      }
    }
  }

  @Test
  void everyPageAfterTheCoverSaysPageXOfY() {
    PdfRenderer.Pdf full = Samples.studentFull();
    for (int page = 2; page <= full.pages(); page++) {
      assertThat(Samples.text(full, page, page)).contains("Page " + page + " of " + full.pages());
    }
  }

  @Test
  void metadataGivesTitleAuthorSubjectLanguageAndTheDatePassedIn() throws IOException {
    try (PDDocument doc = Samples.open(Samples.instructorSample())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).contains("Study briefing").contains("instructor edition");
      assertThat(info.getAuthor()).isEqualTo("Steppe Brief");
      assertThat(info.getSubject()).contains("The SWOT analysis of Kazakhstan-NATO cooperation");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      Calendar created = info.getCreationDate();
      assertThat(created.toInstant())
          .isEqualTo(Samples.DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      String xmp =
          new String(
              doc.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains(
              "<pdfaid:part>3</pdfaid:part>",
              "<pdfuaid:part>1</pdfuaid:part>",
              "2026-11-25T00:00:00Z");
    }
  }

  @Test
  void everyFontIsAnEmbeddedSubsetOfTheShippedDejaVu() throws IOException {
    try (PDDocument doc = Samples.open(Samples.instructorSample())) {
      List<String> names = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(names).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+DejaVu(Serif|Sans).*"));
      assertThat(names).anySatisfy(n -> assertThat(n).contains("DejaVuSerif"));
    }
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    BriefingOptions options =
        new BriefingOptions(
            List.of("kazbrig-peacekeeping"), Edition.INSTRUCTOR, Paper.LETTER, false, Samples.DATE);
    byte[] first = Samples.briefings().write(Samples.library(), options).bytes();
    byte[] second = Samples.briefings().write(Samples.library(), options).bytes();
    assertThat(second).isEqualTo(first);
    BriefingOptions nextDay =
        new BriefingOptions(
            List.of("kazbrig-peacekeeping"),
            Edition.INSTRUCTOR,
            Paper.LETTER,
            false,
            Samples.DATE.plusDays(1));
    assertThat(Samples.briefings().write(Samples.library(), nextDay).bytes()).isNotEqualTo(first);
  }

  @Test
  void letterPaperIsLetterSizedAndA4IsA4() throws IOException {
    PdfRenderer.Pdf letter =
        Samples.briefings()
            .write(
                Samples.library(),
                new BriefingOptions(
                    List.of("kazbrig-peacekeeping"),
                    Edition.STUDENT,
                    Paper.LETTER,
                    true,
                    Samples.DATE));
    try (PDDocument doc = Samples.open(letter)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(doc.getPage(0).getMediaBox().getHeight())
          .isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }
    try (PDDocument doc = Samples.open(Samples.instructorSample())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      assertThat(doc.getPage(0).getMediaBox().getHeight())
          .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @NeedsVeraPdf
  @Test
  void oneFormSummaryOfEveryTopicFitsOnOnePageAndPassesPdfUa() {
    PdfRenderer.Pdf summary =
        Samples.briefings()
            .write(
                Samples.library(),
                new BriefingOptions(List.of(), Edition.STUDENT, Paper.LETTER, true, Samples.DATE));
    assertThat(summary.pages()).isEqualTo(1);
    String text = Samples.text(summary);
    assertThat(text)
        .contains("Bottom line up front", "Sources")
        .containsIgnoringCase("One-page summary");
    assertThat(VeraPdf.failures(summary.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(summary.bytes(), PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void instructorEditionEndsWithTheAnswerKeyAndTheStudentEditionHasNone() {
    PdfRenderer.Pdf sample = Samples.instructorSample();
    String lastPages = Samples.text(sample, sample.pages() - 1, sample.pages());
    assertThat(lastPages).contains("Answer key");
    PdfRenderer.Pdf student =
        Samples.briefings()
            .write(
                Samples.library(),
                new BriefingOptions(
                    Samples.FEATURE_TOPICS, Edition.STUDENT, Paper.A4, false, Samples.DATE));
    assertThat(Samples.text(student))
        .doesNotContain("Answer key")
        .contains("Check your understanding");
  }
}
