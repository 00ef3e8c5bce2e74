package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;

/**
 * Anki exports read back with Apache Commons CSV set up as Anki reads text files (tab, double
 * quotes, "#" lines as comments), and compared with the library note by note.
 */
class AnkiWriterTest {
  /** Anki's reader: tab-separated, RFC 4180 quoting, lines starting with "#" skipped. */
  private static final CSVFormat ANKI =
      CSVFormat.RFC4180.builder().setDelimiter('\t').setCommentMarker('#').get();

  @TempDir Path dir;

  private final AnkiWriter writer = new AnkiWriter();

  @Test
  void startsWithTheHeadersAnkiReadsAndHasOneNotePerQuestion() {
    Library library = ExportLibraries.specialCharacters(dir);
    ExportSelection selection = ExportSelection.of(library, List.of(), false);
    String text = new String(writer.write(selection).bytes(), StandardCharsets.UTF_8);

    assertThat(text.lines().limit(6))
        .containsExactly(
            "#separator:tab",
            "#html:true",
            "#notetype:Basic",
            "#deck:Steppe Brief",
            "#tags column:4",
            "#guid column:1");
    assertThat(records(text)).hasSize(selection.questions().size());
  }

  @Test
  void specialCharactersSurviveAndEveryNoteCarriesItsAnswerAndSources() {
    Library library = ExportLibraries.specialCharacters(dir);
    ExportSelection selection = ExportSelection.of(library, List.of(), true);

    assertMatchesTheLibrary(library, selection, writer.write(selection));
  }

  @Test
  void theShippedLibraryWithGeneratedQuestionsMatchesNoteByNote() {
    Library library = ExportLibraries.shipped();
    ExportSelection selection = ExportLibraries.shippedWithGenerated();

    assertMatchesTheLibrary(library, selection, writer.write(selection));
  }

  @Test
  void reimportingAChangedLibraryFindsTheSameNotesByGuid() throws IOException {
    Path content = ContentFixture.withSheets(dir.resolve("before"), "special-characters");
    Library before = LibraryLoader.load(content).library();
    Path sheet = content.resolve("questions/special-characters.yaml");
    Files.writeString(
        sheet,
        Files.readString(sheet).replace("When did it begin?", "In which year did it begin?"));
    Library after = LibraryLoader.load(content).library();

    Map<String, CSVRecord> old = byGuid(before);
    Map<String, CSVRecord> changed = byGuid(after);

    assertThat(changed.keySet()).isEqualTo(old.keySet());
    assertThat(changed.get("steppe-brief/sc-single").get(1))
        .isNotEqualTo(old.get("steppe-brief/sc-single").get(1))
        .contains("In which year did it begin?");
  }

  private Map<String, CSVRecord> byGuid(Library library) {
    String text =
        new String(
            writer.write(ExportSelection.of(library, List.of(), false)).bytes(),
            StandardCharsets.UTF_8);
    Map<String, CSVRecord> out = new HashMap<>();
    records(text).forEach(r -> out.put(r.get(0), r));
    return out;
  }

  private static List<CSVRecord> records(String text) {
    try (var parser = ANKI.parse(new StringReader(text))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertMatchesTheLibrary(
      Library library, ExportSelection selection, ExportResult result) {
    List<CSVRecord> records = records(new String(result.bytes(), StandardCharsets.UTF_8));
    assertThat(records).hasSize(selection.questions().size());
    Map<String, CSVRecord> byGuid = new HashMap<>();
    for (CSVRecord r : records) {
      assertThat(r.size()).as("columns of %s", r.get(0)).isEqualTo(4);
      assertThat(byGuid.put(r.get(0), r)).as("guid %s once", r.get(0)).isNull();
    }
    for (Question question : selection.questions()) {
      CSVRecord r = byGuid.get("steppe-brief/" + question.id());
      assertThat(r).as("note for %s", question.id()).isNotNull();
      List<String> tags = Arrays.asList(r.get(3).split(" "));
      assertThat(tags).contains("steppe-brief::topic::" + question.info().topicId());
      question.info().factIds().forEach(f -> assertThat(tags).contains("steppe-brief::fact::" + f));
      assertCard(library, question, r.get(1), r.get(2));
    }
  }

  private static void assertCard(Library library, Question question, String front, String back) {
    List<String> frontParagraphs = HtmlText.paragraphs(front);
    List<String> backParagraphs = HtmlText.paragraphs(back);
    int answerParagraphs = 1;
    if (question instanceof Question.SingleChoice s) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(s.info().prompt()));
      assertThat(HtmlText.elements(front, "li")).containsExactlyInAnyOrderElementsOf(s.choices());
      assertThat(backParagraphs.get(0)).isEqualTo("Answer: " + s.answer());
    } else if (question instanceof Question.MultiChoice m) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(m.info().prompt()));
      assertThat(HtmlText.elements(front, "li")).containsExactlyInAnyOrderElementsOf(m.choices());
      assertThat(HtmlText.elements(back, "li")).containsExactlyElementsOf(m.answers());
    } else if (question instanceof Question.TrueFalse t) {
      assertThat(frontParagraphs.get(1)).isEqualTo(oneLine(t.info().prompt()));
      assertThat(backParagraphs.get(0)).isEqualTo(t.answer() ? "True." : "False.");
    } else if (question instanceof Question.Ordering o) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(o.info().prompt()));
      assertThat(HtmlText.elements(front, "li"))
          .containsExactlyInAnyOrderElementsOf(o.items())
          .isNotEqualTo(o.items());
      assertThat(HtmlText.elements(back, "li")).containsExactlyElementsOf(o.items());
    } else if (question instanceof Question.Matching m) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(m.info().prompt()));
      assertThat(HtmlText.elements(back, "li"))
          .containsExactlyElementsOf(
              m.pairs().stream().map(p -> p.left() + " \u2192 " + p.right()).toList());
      answerParagraphs = 0;
    } else if (question instanceof Question.ShortAnswer s) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(s.info().prompt()));
      assertThat(backParagraphs.get(0)).isEqualTo("Answer: " + String.join(" | ", s.accept()));
      // The learner judges a typed answer; the back says what the grader would not count.
      assertThat(backParagraphs.get(1)).isEqualTo(AnkiWriter.TYPED_RULE);
      answerParagraphs = 2;
    } else if (question instanceof Question.Cloze c) {
      assertThat(frontParagraphs.get(0)).isEqualTo(oneLine(c.info().prompt()));
      assertThat(HtmlText.elements(back, "b"))
          .containsExactlyElementsOf(
              c.text().blanks().stream().map(b -> String.join(" | ", b)).toList());
      assertThat(backParagraphs.get(1)).isEqualTo(AnkiWriter.TYPED_RULE);
      answerParagraphs = 2;
    }
    ExportLibraries.assertFeedbackCarriesTheEvidence(
        library, question, backParagraphs.subList(answerParagraphs, backParagraphs.size()));
  }

  /** A field holds no tab or line break: those become spaces. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }
}
