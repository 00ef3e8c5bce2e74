package org.steppebrief.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.NeedsVeraPdf;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.PrintedQuestion;
import org.steppebrief.briefing.Samples;
import org.steppebrief.briefing.VeraPdf;
import org.steppebrief.content.QuestionType;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Worksheets: one draw from a seed, two orders, marks, and answers only for instructors. */
class WorksheetTest {
  private final WorksheetViews views = new WorksheetViews(Samples.library());

  @Test
  void variantsHoldTheSameQuestionsInAnotherOrderWithChoicesLetteredAnew() {
    WorksheetView a = views.view(WorksheetSamples.worksheetOptions(Variant.A, Edition.STUDENT));
    WorksheetView b = views.view(WorksheetSamples.worksheetOptions(Variant.B, Edition.STUDENT));
    List<String> idsA = a.questions().stream().map(PrintedQuestion::id).toList();
    List<String> idsB = b.questions().stream().map(PrintedQuestion::id).toList();
    assertThat(idsA).hasSize(12).doesNotHaveDuplicates();
    assertThat(idsB).containsExactlyInAnyOrderElementsOf(idsA).isNotEqualTo(idsA);
    assertThat(a.totalMarks()).isEqualTo(b.totalMarks());
    assertThat(
            views.view(WorksheetSamples.worksheetOptions(Variant.A, Edition.STUDENT)).questions())
        .isEqualTo(a.questions());
    WorksheetView other =
        views.view(
            new WorksheetOptions(
                List.of(), Set.of(), 12, Variant.A, 43L, Edition.STUDENT, Paper.A4, Samples.DATE));
    assertThat(other.questions().stream().map(PrintedQuestion::id).toList()).isNotEqualTo(idsA);
  }

  @Test
  void typesAndTopicsLimitTheDraw() {
    WorksheetView cloze =
        views.view(
            new WorksheetOptions(
                List.of("kazbrig-peacekeeping", "partnership-mechanisms"),
                Set.of(QuestionType.CLOZE, QuestionType.TRUE_FALSE),
                8,
                Variant.A,
                7L,
                Edition.STUDENT,
                Paper.A4,
                Samples.DATE));
    assertThat(cloze.questions()).hasSize(8);
    assertThat(cloze.questions())
        .allSatisfy(
            q -> assertThat(q.isCloze() || q.instruction().equals("True or false?")).isTrue());
    assertThat(cloze.topics())
        .containsExactly(
            "Kazbrig and peacekeeping",
            Samples.library().topic("partnership-mechanisms").orElseThrow().title());
  }

  @Test
  void aWorksheetWithNothingToDrawOrTooManyQuestionsIsRefused() {
    var bank = new java.util.ArrayList<>(Samples.library().questions());
    bank.addAll(org.steppebrief.quiz.QuestionGenerator.generate(Samples.library()));
    var empty =
        Samples.library().topics().stream()
            .flatMap(
                t ->
                    java.util.Arrays.stream(QuestionType.values())
                        .map(ty -> java.util.Map.entry(t.id(), ty)))
            .filter(
                p ->
                    bank.stream()
                        .noneMatch(
                            q -> q.info().topicId().equals(p.getKey()) && q.type() == p.getValue()))
            .findFirst();
    empty.ifPresent(
        pair ->
            assertThatThrownBy(
                    () ->
                        views.view(
                            new WorksheetOptions(
                                List.of(pair.getKey()),
                                Set.of(pair.getValue()),
                                5,
                                Variant.A,
                                1L,
                                Edition.STUDENT,
                                Paper.A4,
                                Samples.DATE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no questions"));
    assertThatThrownBy(
            () ->
                new WorksheetOptions(
                    List.of(),
                    Set.of(),
                    61,
                    Variant.A,
                    1L,
                    Edition.STUDENT,
                    Paper.A4,
                    Samples.DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsNameAndDateFieldsMarksAndAnAnswerKeyOnPagesOfItsOwn() {
    PdfRenderer.Pdf pdf = WorksheetSamples.worksheetA();
    String first = Samples.text(pdf, 1, 1);
    assertThat(first.toLowerCase(java.util.Locale.ROOT))
        .contains("name", "class", "date", "marks", "variant", "1 mark");
    WorksheetView view =
        views.view(WorksheetSamples.worksheetOptions(Variant.A, Edition.INSTRUCTOR));
    assertThat(first).contains("/ " + view.totalMarks());
    int keyPage = -1;
    for (int page = 1; page <= pdf.pages(); page++) {
      if (Samples.text(pdf, page, page).contains("Answer key")) {
        keyPage = page;
        break;
      }
    }
    assertThat(keyPage).isGreaterThan(1);
    String questionsPages = Samples.text(pdf, 1, keyPage - 1);
    String lastQuestion = view.questions().get(view.questions().size() - 1).prompt();
    assertThat(questionsPages)
        .contains(lastQuestion.substring(0, Math.min(40, lastQuestion.length())));
    assertThat(questionsPages).doesNotContain("Answer key");
    assertThat(Samples.text(pdf, keyPage, pdf.pages())).contains(view.questions().get(0).answer());
  }

  @Test
  void theStudentEditionHasNoAnswers() {
    PdfRenderer.Pdf student =
        WorksheetSamples.worksheets()
            .write(
                Samples.library(), WorksheetSamples.worksheetOptions(Variant.B, Edition.STUDENT));
    String text = Samples.text(student);
    assertThat(text).doesNotContain("Answer key").contains("Variant B");
  }

  @NeedsVeraPdf
  @Test
  void worksheetPassesPdfUa1AndPdfA3u() {
    byte[] pdf = WorksheetSamples.worksheetA().bytes();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  @Test
  void sameSeedAndVariantGiveTheSameBytes() {
    byte[] again =
        WorksheetSamples.worksheets()
            .write(
                Samples.library(), WorksheetSamples.worksheetOptions(Variant.A, Edition.INSTRUCTOR))
            .bytes();
    assertThat(again).isEqualTo(WorksheetSamples.worksheetA().bytes());
  }

  @Test
  void fileNameSaysWhatIsInTheWorksheet() {
    assertThat(WorksheetSamples.worksheetOptions(Variant.B, Edition.STUDENT).fileName())
        .isEqualTo("worksheet-2026-11-25-seed-42-B-student-a4.pdf");
  }
}
