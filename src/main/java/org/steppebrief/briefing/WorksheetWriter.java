package org.steppebrief.briefing;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.steppebrief.content.Library;

/**
 * Writes a worksheet as PDF from the {@code worksheet} print template: name and date fields, the
 * questions of one variant with marks and room to write, and in the instructor edition an answer
 * key on pages of its own. Cached like briefings.
 */
public final class WorksheetWriter {
  static final String LAYOUT_VERSION = "worksheet-1";

  private final PrintTemplates templates;
  private final PdfRenderer renderer;
  private final PdfCache cache;

  public WorksheetWriter(PrintTemplates templates, PdfCache cache) {
    this.templates = templates;
    this.renderer = new PdfRenderer(templates.dir());
    this.cache = cache;
  }

  public PdfRenderer.Pdf write(Library library, WorksheetOptions options) {
    BriefingViews.topics(library, options.topicIds());
    String key =
        PdfCache.key(
            LAYOUT_VERSION, library.version(), templates.fingerprint(), options.canonical());
    return cache.get(key, () -> render(library, options, key));
  }

  private PdfRenderer.Pdf render(Library library, WorksheetOptions options, String key) {
    WorksheetView view = new WorksheetViews(library).view(options);
    PdfRenderer.Metadata meta = metadata(view);
    return renderer.render(
        xhtml(view, meta),
        meta,
        PdfRenderer.utc(options.date().atStartOfDay().toInstant(ZoneOffset.UTC)),
        java.util.HexFormat.of().parseHex(key.substring(0, 32)));
  }

  public String xhtml(Library library, WorksheetOptions options) {
    WorksheetView view = new WorksheetViews(library).view(options);
    return xhtml(view, metadata(view));
  }

  private String xhtml(WorksheetView view, PdfRenderer.Metadata meta) {
    Map<String, Object> model = new HashMap<>();
    model.put("w", view);
    model.put("meta", meta);
    model.put("pageCss", PageCss.of(view.paper()));
    return templates.render("worksheet", model);
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
