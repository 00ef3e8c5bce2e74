package org.steppebrief.briefing;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.content.Library;

/**
 * Writes a briefing as PDF: {@link BriefingViews} chooses what it shows, the {@code briefing} print
 * template lays it out, {@link PdfRenderer} prints it. PDFs are cached by the hash of the content
 * version, the templates, the options and the date.
 */
public final class BriefingWriter {
  /** Changes whenever the same inputs would render differently; part of every cache key. */
  static final String LAYOUT_VERSION = "briefing-1";

  private final PrintTemplates templates;
  private final PdfRenderer renderer;
  private final PdfCache cache;

  public BriefingWriter(PrintTemplates templates, PdfCache cache) {
    this.templates = templates;
    this.renderer = new PdfRenderer(templates.dir());
    this.cache = cache;
  }

  /** The briefing's PDF, from the cache when the same one was made before. */
  public PdfRenderer.Pdf write(Library library, BriefingOptions options) {
    BriefingViews.topics(library, options.topicIds());
    String key =
        PdfCache.key(
            LAYOUT_VERSION, library.version(), templates.fingerprint(), options.canonical());
    return cache.get(key, () -> render(library, options, key));
  }

  private PdfRenderer.Pdf render(Library library, BriefingOptions options, String key) {
    BriefingView view = new BriefingViews(library).view(options);
    PdfRenderer.Metadata meta = metadata(view);
    return renderer.render(
        xhtml(view, meta),
        meta,
        PdfRenderer.utc(options.date().atStartOfDay().toInstant(ZoneOffset.UTC)),
        java.util.HexFormat.of().parseHex(key.substring(0, 32)));
  }

  /** The XHTML the PDF is printed from (also what a browser would print, for comparison). */
  public String xhtml(Library library, BriefingOptions options) {
    BriefingView view = new BriefingViews(library).view(options);
    return xhtml(view, metadata(view));
  }

  private String xhtml(BriefingView view, PdfRenderer.Metadata meta) {
    Map<String, Object> model = new HashMap<>();
    model.put("b", view);
    model.put("meta", meta);
    model.put("pageCss", PageCss.of(view.paper()));
    return templates.render("briefing", model);
  }

  static PdfRenderer.Metadata metadata(BriefingView view) {
    List<String> topics = view.topics().stream().map(BriefingView.TopicEntry::title).toList();
    return new PdfRenderer.Metadata(
        view.title() + ": " + view.subtitle() + " (" + view.edition().key() + " edition)",
        "Steppe Brief",
        view.subtitle()
            + ", "
            + view.edition().key()
            + " edition, generated "
            + view.date()
            + " from content version "
            + view.version()
            + ", on "
            + topics.size()
            + (topics.size() == 1 ? " topic: " : " topics: ")
            + String.join("; ", topics),
        String.join(", ", topics),
        "en");
  }
}
