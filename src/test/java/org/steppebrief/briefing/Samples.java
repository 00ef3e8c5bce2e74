package org.steppebrief.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;

/**
 * The shipped library and the PDFs the tests read, each made once per test run: rendering and
 * validating are the slow part, and every test of a PDF reads the same bytes.
 */
final class Samples {
  static final LocalDate DATE = LocalDate.of(2026, 11, 25);

  /** Topics that between them have a timeline, key actors, perspectives and the SWOT. */
  static final List<String> FEATURE_TOPICS =
      List.of(
          "partnership-mechanisms", "membership-debate", "swot-analysis", "afghanistan-and-isaf");

  /**
   * A small made-up library with every part a briefing shows: a timeline, key actors, perspectives,
   * a SWOT, a glossary and a source without a stated author.
   */
  static final Path BRIEFING_FIXTURE = Path.of("src/test/resources/fixtures/briefing");

  private static Library library;
  private static Library briefingFixture;
  private static PrintTemplates templates;
  private static PdfRenderer.Pdf instructorSample;
  private static PdfRenderer.Pdf studentFull;
  private static PdfRenderer.Pdf worksheetA;

  private Samples() {}

  static synchronized Library library() {
    if (library == null) {
      LibraryLoader.Result result = LibraryLoader.load(Path.of("."));
      if (result.hasErrors()) {
        throw new IllegalStateException("the shipped content has errors: " + result.diagnostics());
      }
      library = result.library();
    }
    return library;
  }

  /** The library in {@link #BRIEFING_FIXTURE}. */
  static synchronized Library briefingFixture() {
    if (briefingFixture == null) {
      LibraryLoader.Result result = LibraryLoader.load(BRIEFING_FIXTURE);
      if (result.hasErrors()) {
        throw new IllegalStateException("the briefing fixture has errors: " + result.diagnostics());
      }
      briefingFixture = result.library();
    }
    return briefingFixture;
  }

  static synchronized PrintTemplates templates() {
    if (templates == null) {
      templates = new PrintTemplates(Path.of("templates"), false);
    }
    return templates;
  }

  static BriefingWriter briefings() {
    return new BriefingWriter(templates(), PdfCache.none());
  }

  static WorksheetWriter worksheets() {
    return new WorksheetWriter(templates(), PdfCache.none());
  }

  /** The instructor edition of four topics that show every kind of figure and table. */
  static synchronized PdfRenderer.Pdf instructorSample() {
    if (instructorSample == null) {
      instructorSample =
          briefings()
              .write(
                  library(),
                  new BriefingOptions(FEATURE_TOPICS, Edition.INSTRUCTOR, Paper.A4, false, DATE));
    }
    return instructorSample;
  }

  /** The student edition of every topic: the full briefing. */
  static synchronized PdfRenderer.Pdf studentFull() {
    if (studentFull == null) {
      studentFull = briefings().write(library(), BriefingOptions.defaults(DATE));
    }
    return studentFull;
  }

  static WorksheetOptions worksheetOptions(Variant variant, Edition edition) {
    return new WorksheetOptions(List.of(), Set.of(), 12, variant, 42L, edition, Paper.A4, DATE);
  }

  /** Variant A of a twelve-question instructor worksheet from every topic, seed 42. */
  static synchronized PdfRenderer.Pdf worksheetA() {
    if (worksheetA == null) {
      worksheetA = worksheets().write(library(), worksheetOptions(Variant.A, Edition.INSTRUCTOR));
    }
    return worksheetA;
  }

  static PDDocument open(PdfRenderer.Pdf pdf) {
    try {
      return Loader.loadPDF(pdf.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of pages {@code from} to {@code to} (1-based, inclusive), white space folded. */
  static String text(PdfRenderer.Pdf pdf, int from, int to) {
    try (PDDocument doc = open(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(PdfRenderer.Pdf pdf) {
    return text(pdf, 1, Integer.MAX_VALUE);
  }
}
