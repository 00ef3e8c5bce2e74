package org.steppebrief.briefing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.steppebrief.content.Library;

/**
 * What the briefing and worksheet writers share: a print template filled with a view, and a PDF
 * cached by the hash of the layout version, the content version, the templates, the options and the
 * date. The hash also gives the PDF its document id, and the date its creation date, so the same
 * inputs always make the same bytes.
 */
final class CachedPrint {
  /** The XHTML to print and the PDF's metadata. */
  record Page(String xhtml, PdfRenderer.Metadata meta) {}

  private final PrintTemplates templates;
  private final PdfRenderer renderer;
  private final PdfCache cache;

  CachedPrint(PrintTemplates templates, PdfCache cache) {
    this.templates = templates;
    this.renderer = new PdfRenderer(templates.dir());
    this.cache = cache;
  }

  /** The PDF already made from the same inputs, if it is still in the cache; never renders. */
  Optional<PdfRenderer.Pdf> cached(String layoutVersion, Library library, String canonicalOptions) {
    return cache.peek(key(layoutVersion, library, canonicalOptions));
  }

  private String key(String layoutVersion, Library library, String canonicalOptions) {
    return PdfCache.key(
        layoutVersion, library.version(), templates.fingerprint(), canonicalOptions);
  }

  /** The PDF of {@code page}, made only if the same inputs were not printed before. */
  PdfRenderer.Pdf pdf(
      String layoutVersion,
      Library library,
      String canonicalOptions,
      LocalDate date,
      Supplier<Page> page) {
    String key = key(layoutVersion, library, canonicalOptions);
    return cache.get(
        key,
        () -> {
          Page p = page.get();
          return renderer.render(
              p.xhtml(),
              p.meta(),
              PdfRenderer.utc(date.atStartOfDay().toInstant(ZoneOffset.UTC)),
              HexFormat.of().parseHex(key.substring(0, 32)));
        });
  }

  /**
   * The print template {@code template} with {@code view} under {@code name}, sized for {@code
   * paper}.
   */
  String xhtml(String template, String name, Object view, Paper paper, PdfRenderer.Metadata meta) {
    Map<String, Object> model = new HashMap<>();
    model.put(name, view);
    model.put("meta", meta);
    model.put("pageCss", PageCss.of(paper));
    return templates.render(template, model);
  }
}
