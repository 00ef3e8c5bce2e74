package org.steppebrief.briefing;

import org.steppebrief.content.Library;

/**
 * Writes a worksheet as PDF from the {@code worksheet} print template: name and date fields, the
 * questions of one variant with marks and room to write, and in the instructor edition an answer
 * key on pages of its own. Cached like briefings.
 */
public final class WorksheetWriter {
  static final String LAYOUT_VERSION = "worksheet-1";

  private final CachedPrint print;

  public WorksheetWriter(PrintTemplates templates, PdfCache cache) {
    this.print = new CachedPrint(templates, cache);
  }

  public PdfRenderer.Pdf write(Library library, WorksheetOptions options) {
    BriefingViews.topics(library, options.topicIds());
    return print.pdf(
        LAYOUT_VERSION,
        library,
        options.canonical(),
        options.date(),
        () -> page(new WorksheetViews(library).view(options)));
  }

  /**
   * A worksheet of exactly these questions, in this order (a class's most-missed, to re-teach): the
   * options' topics, types, count and seed only set the title and variant B's order.
   */
  public PdfRenderer.Pdf write(
      Library library, WorksheetOptions options, String title, java.util.List<String> questionIds) {
    return print.pdf(
        LAYOUT_VERSION,
        library,
        options.canonical() + "|chosen:" + title + ":" + String.join(",", questionIds),
        options.date(),
        () -> page(new WorksheetViews(library).view(options, title, questionIds)));
  }

  public String xhtml(Library library, WorksheetOptions options) {
    return page(new WorksheetViews(library).view(options)).xhtml();
  }

  private CachedPrint.Page page(WorksheetView view) {
    PdfRenderer.Metadata meta = metadata(view);
    return new CachedPrint.Page(print.xhtml("worksheet", "w", view, view.paper(), meta), meta);
  }

  static PdfRenderer.Metadata metadata(WorksheetView view) {
    return new PdfRenderer.Metadata(
        "Worksheet: "
            + view.title()
            + " (variant "
            + view.variant()
            + ", "
            + view.edition().key()
            + " edition)",
        "Steppe Brief",
        "Worksheet of "
            + view.questions().size()
            + " questions, variant "
            + view.variant()
            + ", seed "
            + view.seed()
            + ", "
            + view.edition().key()
            + " edition, generated "
            + view.date()
            + " from content version "
            + view.version()
            + ", on: "
            + String.join("; ", view.topics()),
        String.join(", ", view.topics()),
        "en");
  }
}
