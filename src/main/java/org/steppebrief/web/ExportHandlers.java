package org.steppebrief.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steppebrief.content.Library;
import org.steppebrief.export.ExportFormats;
import org.steppebrief.export.ExportResult;
import org.steppebrief.export.ExportSelection;
import org.steppebrief.export.ExportWriter;

/**
 * The instructors' export page and its downloads. A download is made from the library in memory and
 * streamed; the format is looked up by name in the registry and topics by id, so nothing in a
 * request can name a file to read.
 */
final class ExportHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ExportHandlers.class);

  private final LibraryHolder library;
  private final Views views;

  ExportHandlers(LibraryHolder library, Views views) {
    this.library = library;
    this.views = views;
  }

  /**
   * A format on the page, with what it holds of the whole library and what it leaves out: the
   * template words it ({@code exports.holds.*}, {@code export.format.*}) in the page's language.
   */
  public record FormatView(
      String format, String label, int count, String unit, Map<String, Long> skippedByType) {
    public long skipped() {
      return skippedByType.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  void page(Context ctx) {
    Library lib = library.get().library();
    Map<String, Object> model = new HashMap<>();
    model.put("formats", formats(lib));
    model.put("topics", lib.topics());
    views.render(ctx, "instructor/exports", model);
  }

  /**
   * What each format holds of the whole library, worked out by writing it: once per library, since
   * writing them all takes a moment.
   */
  private static List<FormatView> formats(Library lib) {
    return lib.derived(Summary.class, ExportHandlers::summary).formats();
  }

  private static Summary summary(Library lib) {
    ExportSelection all = ExportSelection.of(lib, List.of(), false);
    List<FormatView> formats = new ArrayList<>();
    for (ExportWriter writer : ExportFormats.all()) {
      ExportResult result = writer.write(all);
      Map<String, Long> skipped = new TreeMap<>();
      result.skipped().forEach(k -> skipped.merge(k.type().key(), 1L, Long::sum));
      formats.add(
          new FormatView(writer.format(), writer.label(), result.count(), writer.unit(), skipped));
    }
    return new Summary(List.copyOf(formats));
  }

  private record Summary(List<FormatView> formats) {}

  void download(Context ctx) {
    String format = ctx.queryParam("format");
    ExportWriter writer =
        ExportFormats.byName(format == null ? "" : format)
            .orElseThrow(() -> new NotFoundResponse("error.no-such-format"));
    List<String> topics = TopicIds.of(ctx.queryParams("topic"), library.get().library());
    boolean generated = ctx.queryParam("generated") != null;
    ExportSelection selection;
    try {
      selection = ExportSelection.of(library.get().library(), topics, generated);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("error.export-topics");
    }
    ExportResult result = writer.write(selection);
    LOG.debug(
        "{} exported {}: {} exported, {} skipped",
        ctx.attribute("instructor"),
        writer.format(),
        result.count(),
        result.skipped().size());
    ctx.header("Cache-Control", "no-store");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + writer.fileName(selection) + "\"");
    ctx.header("X-Export-Count", String.valueOf(result.count()));
    ctx.header("X-Export-Skipped", String.valueOf(result.skipped().size()));
    ctx.contentType(writer.mediaType());
    ctx.result(result.bytes());
  }
}
