package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private static final List<Region> REGIONS =
      List.of(
          new Region(1, 1, Role.EXCLUDED, "another article"),
          new Region(2, 2, Role.FRONT_MATTER, "title"),
          new Region(10, 12, Role.TABLE, "table"),
          new Region(12, 12, Role.EXCLUDED, "garbled"));

  private static List<Passage> miniPaper() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/seeds/mini-paper.txt"));
    return PassageSplitter.split("mini-paper", text, REGIONS);
  }

  private static Passage passageAtLine(List<Passage> passages, int line) {
    return passages.stream().filter(p -> p.firstLine() == line).findFirst().orElseThrow();
  }

  @Test
  void rejoinsLinesBrokenMidSentenceAcrossAFootnoteLine() throws IOException {
    Passage p = passageAtLine(miniPaper(), 5);
    assertThat(p.text())
        .isEqualTo(
            "The allies agreed on joint military exercises, which were held in the steppe every"
                + " summer and which were watched by observers from many countries. Kazakhstan’s"
                + " role was central.");
    assertThat(p.lastLine()).isEqualTo(8);
  }

  @Test
  void setsFootnoteLinesApartAsNotesAndTakesTheirMarkerOffTheText() throws IOException {
    List<Passage> passages = miniPaper();
    Passage note = passages.stream().filter(p -> p.role() == Role.NOTE).findFirst().orElseThrow();
    assertThat(note.number()).isEqualTo(1);
    assertThat(note.text()).isEqualTo("See: A. Author, “A Title,” 2007.");
    Passage marked = passageAtLine(passages, 4);
    assertThat(marked.text()).contains("a new stage. Cooperation grew");
    assertThat(marked.noteRefs()).containsExactly(1);
  }

  @Test
  void keepsExcludedLinesOutAndTableLinesApartFromTheBody() throws IOException {
    List<Passage> passages = miniPaper();
    assertThat(passages).noneMatch(p -> p.text().contains("stray line"));
    assertThat(passages).noneMatch(p -> p.text().contains("+ + ~"));
    assertThat(passageAtLine(passages, 11).role()).isEqualTo(Role.TABLE);
    assertThat(passageAtLine(passages, 2).role()).isEqualTo(Role.FRONT_MATTER);
    assertThat(passageAtLine(passages, 13).role()).isEqualTo(Role.BODY);
  }

  @Test
  void classifiesShortUnpunctuatedLinesAsHeadings() throws IOException {
    assertThat(passageAtLine(miniPaper(), 3).kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passageAtLine(miniPaper(), 9).kind()).isEqualTo(Passage.Kind.PARAGRAPH);
  }

  @Test
  void numbersParagraphsInOrderAndNotesByTheirOwnNumber() throws IOException {
    List<Passage> body = miniPaper().stream().filter(p -> p.role() != Role.NOTE).toList();
    for (int i = 0; i < body.size(); i++) {
      assertThat(body.get(i).number()).isEqualTo(i + 1);
    }
  }

  @Test
  void keepsPassageIdsWhenOtherPassagesChange() {
    List<Passage> before =
        PassageSplitter.split("s", "First paragraph here.\n\nSecond paragraph here.", List.of());
    List<Passage> after =
        PassageSplitter.split(
            "s",
            "A new opening paragraph.\n\nFirst paragraph here.\n\nSecond paragraph, edited.",
            List.of());
    assertThat(after.get(1).id()).isEqualTo(before.get(0).id());
    assertThat(after.get(1).number()).isEqualTo(2);
    assertThat(before.get(0).id()).startsWith("s:").hasSize(8);
  }

  @Test
  void givesPassagesWithTheSameOpeningWordsDistinctIds() {
    List<Passage> passages =
        PassageSplitter.split(
            "s",
            "Same words open these two paragraphs, then one.\n\nSame words open these two paragraphs, then two.",
            List.of());
    assertThat(passages.get(0).id()).isNotEqualTo(passages.get(1).id());
  }

  @Test
  void keepsAHyphenatedCompoundBrokenBeforeACapital() {
    List<Passage> passages =
        PassageSplitter.split("s", "the strengths of Kazakhstan-\nNATO cooperation.", List.of());
    assertThat(passages.get(0).text()).isEqualTo("the strengths of Kazakhstan-NATO cooperation.");
  }

  @Test
  void doesNotTakeANumberedLineForAFootnoteWithoutAMarker() {
    List<Passage> passages =
        PassageSplitter.split("s", "Troops arrived.\n1 battalion stayed behind.", List.of());
    assertThat(passages).noneMatch(p -> p.role() == Role.NOTE);
  }
}
