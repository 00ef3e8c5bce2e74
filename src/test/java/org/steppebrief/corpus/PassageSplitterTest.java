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

  private static List<Passage> licence() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/packs/mpl/seeds/mpl.txt"));
    return PassageSplitter.split("mpl", text, List.of());
  }

  private static Passage startingWith(List<Passage> passages, String opening) {
    return passages.stream().filter(p -> p.text().startsWith(opening)).findFirst().orElseThrow();
  }

  @Test
  void readsALicenceWrappedAt72ColumnsAsItsRealParagraphs() throws IOException {
    List<Passage> passages = licence();
    Passage covered = startingWith(passages, "1.4. ");
    assertThat(covered.text())
        .isEqualTo(
            "1.4. \"Covered Software\" means Source Code Form to which the initial Contributor has"
                + " attached the notice in Exhibit A, the Executable Form of such Source Code Form,"
                + " and Modifications of such Source Code Form, in each case including portions"
                + " thereof.");
    assertThat(covered.firstLine()).isEqualTo(18);
    assertThat(covered.lastLine()).isEqualTo(22);
    // "You" opens a wrapped line in the middle of this sentence.
    assertThat(startingWith(passages, "3.3. Distribution").kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(startingWith(passages, "You may create and distribute a Larger Work").text())
        .contains(
            "If the Larger Work is a combination of Covered Software with a work governed by");
    QuoteIndex index = QuoteIndex.of(passages);
    assertThat(
            index.find(
                "and Modifications of such Source Code Form, in each case including portions thereof",
                null,
                null,
                null))
        .isInstanceOf(QuoteIndex.Found.class);
  }

  @Test
  void takesUnderlinesAndBoxFramesOffALicenceAndKeepsItsHeadingsApart() throws IOException {
    List<Passage> passages = licence();
    assertThat(passages.get(0).text()).isEqualTo("Mozilla Public License Version 2.0");
    assertThat(passages.get(0).kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(startingWith(passages, "1. Definitions").kind()).isEqualTo(Passage.Kind.HEADING);
    assertThat(passages).noneMatch(p -> p.text().contains("---") || p.text().contains("***"));
    assertThat(startingWith(passages, "6. Disclaimer of Warranty").text())
        .isEqualTo("6. Disclaimer of Warranty");
    assertThat(startingWith(passages, "Covered Software is provided under this License").text())
        .doesNotContain("*")
        .endsWith("except under this disclaimer.");
  }

  @Test
  void startsABracketedItemAfterALineThatStoppedShort() throws IOException {
    List<Passage> passages = licence();
    Passage item = startingWith(passages, "(b) under Patent Claims");
    assertThat(item.kind()).isEqualTo(Passage.Kind.ITEM);
    assertThat(startingWith(passages, "Each Contributor hereby grants You").text())
        .endsWith("non-exclusive license:");
  }

  @Test
  void readsASingleLineBreakAsASoftWrapWhenBlankLinesSeparateParagraphs() {
    String text =
        """
        The first paragraph is wrapped at a narrow width so that its second line
        Starts with a capital, and its third line starts with the year of the
        2006. None of these breaks ends the paragraph, and a compound split
        after its hyphen keeps it: non-
        exclusive.

        The second paragraph is short.
        """;
    List<Passage> passages = PassageSplitter.split("s", text, List.of());
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "The first paragraph is wrapped at a narrow width so that its second line Starts with a"
                + " capital, and its third line starts with the year of the 2006. None of these breaks ends"
                + " the paragraph, and a compound split after its hyphen keeps it: non-exclusive.",
            "The second paragraph is short.");
  }

  @Test
  void startsANumberedClauseOnALineOfItsOwnAfterALineThatStoppedShort() {
    String text =
        """
        3. Obligations

        The licensee agrees to the following clauses, each of which stands alone:
        3.1. Keep every notice intact when the work is copied or handed on to
        anybody else.
        3.2 Say what was changed.
        - A dash item.
        (iv) A bracketed item.
        """;
    List<Passage> passages = PassageSplitter.split("s", text, List.of());
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "3. Obligations",
            "The licensee agrees to the following clauses, each of which stands alone:",
            "3.1. Keep every notice intact when the work is copied or handed on to anybody else.",
            "3.2 Say what was changed.",
            "- A dash item.",
            "(iv) A bracketed item.");
  }

  @Test
  void readsUnderlinedAndHashHeadingsAsHeadingsOfTheirOwn() {
    String text =
        """
        Terms of Use
        ============

        # Scope
        The terms apply to every copy of the work, printed or
        Electronic, and to every part of it.

        ## Exceptions ##

        Notes
        -----
        None apply.
        """;
    List<Passage> passages = PassageSplitter.split("s", text, List.of());
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "Terms of Use",
            "Scope",
            "The terms apply to every copy of the work, printed or Electronic, and to every part of"
                + " it.",
            "Exceptions",
            "Notes",
            "None apply.");
    assertThat(passages)
        .extracting(Passage::kind)
        .containsExactly(
            Passage.Kind.HEADING,
            Passage.Kind.HEADING,
            Passage.Kind.PARAGRAPH,
            Passage.Kind.HEADING,
            Passage.Kind.HEADING,
            Passage.Kind.PARAGRAPH);
    assertThat(passages.get(4).firstLine()).isEqualTo(10);
  }

  @Test
  void keepsPdfRulesForATextWhoseBlankLinesAreOnlyPageBreaks() {
    String text =
        """
        The first paragraph ends here.
        The second paragraph begins on a new line and is broken by the page
        break below it.

        continues after the page break.
        A third paragraph.
        """;
    List<Passage> passages = PassageSplitter.split("s", text, List.of());
    assertThat(passages)
        .extracting(Passage::text)
        .containsExactly(
            "The first paragraph ends here.",
            "The second paragraph begins on a new line and is broken by the page break below it.",
            "continues after the page break.",
            "A third paragraph.");
  }
}
