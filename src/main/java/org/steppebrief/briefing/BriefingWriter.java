package org.steppebrief.briefing;

import java.util.List;
import java.util.Optional;
import org.steppebrief.content.Library;

/**
 * Writes a briefing as PDF: {@link BriefingViews} chooses what it shows, the {@code briefing} print
 * template lays it out, {@link PdfRenderer} prints it. PDFs are cached by the hash of the content
 * version, the templates, the options and the date.
 */
public final class BriefingWriter {
  /** Changes whenever the same inputs would render differently; part of every cache key. */
  static final String LAYOUT_VERSION = "briefing-1";

  private final CachedPrint print;

  public BriefingWriter(PrintTemplates templates, PdfCache cache) {
    this.print = new CachedPrint(templates, cache);
  }

  /** The briefing's PDF, from the cache when the same one was made before. */
  public PdfRenderer.Pdf write(Library library, BriefingOptions options) {
    BriefingViews.topics(library, options.topicIds());
    return print.pdf(
        LAYOUT_VERSION,
        library,
        options.canonical(),
        options.date(),
        () -> page(new BriefingViews(library).view(options)));
  }

  /** The briefing's PDF if it was made before and is still cached; never renders. */
  public Optional<PdfRenderer.Pdf> cached(Library library, BriefingOptions options) {
    return print.cached(LAYOUT_VERSION, library, options.canonical());
  }

  /** The XHTML the PDF is printed from (also what a browser would print, for comparison). */
  public String xhtml(Library library, BriefingOptions options) {
    return page(new BriefingViews(library).view(options)).xhtml();
  }

  private CachedPrint.Page page(BriefingView view) {
    PdfRenderer.Metadata meta = metadata(view);
    return new CachedPrint.Page(print.xhtml("briefing", "b", view, view.paper(), meta), meta);
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
