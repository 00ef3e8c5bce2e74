package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.steppebrief.briefing.BriefingOptions;
import org.steppebrief.briefing.BriefingWriter;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.PrintTemplates;
import org.steppebrief.briefing.Variant;
import org.steppebrief.briefing.WorksheetOptions;
import org.steppebrief.briefing.WorksheetWriter;
import org.steppebrief.content.Library;
import org.steppebrief.content.QuestionType;
import org.steppebrief.content.Topic;

/**
 * The briefing and worksheet builder under /instructor/, and the PDFs it streams as downloads. Only
 * a student-edition briefing is public ({@code /briefing.pdf}); anything with answers needs a
 * signed-in instructor. A request names topics, types and options, never a file: every PDF is made
 * (or taken from the cache) in memory, so no request can read a path.
 */
final class BriefingHandlers {
  /** Rendering is CPU work: at most this many at once, the rest wait a little or get a 503. */
  private static final int CONCURRENT_RENDERS = 2;

  private static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final LibraryHolder library;
  private final Views views;
  private final BriefingWriter briefings;
  private final WorksheetWriter worksheets;
  private final Semaphore rendering = new Semaphore(CONCURRENT_RENDERS);
  private final SecureRandom random = new SecureRandom();

  /** The PDF writers, sharing one cache; made apart because loading them takes a while. */
  record Writers(BriefingWriter briefings, WorksheetWriter worksheets) {
    static Writers of(Path templatesDir, boolean reload) {
      PrintTemplates templates = new PrintTemplates(templatesDir, reload);
      PdfCache cache = new PdfCache(CACHE_BYTES);
      return new Writers(
          new BriefingWriter(templates, cache), new WorksheetWriter(templates, cache));
    }
  }

  BriefingHandlers(LibraryHolder library, Writers writers, Views views) {
    this.library = library;
    this.views = views;
    this.briefings = writers.briefings();
    this.worksheets = writers.worksheets();
  }

  /** GET /instructor/print: the builder's forms. */
  void builder(Context ctx) {
    Library lib = library.get().library();
    Map<String, Object> model = new HashMap<>();
    model.put("topics", lib.topics());
    model.put("types", List.of(QuestionType.values()));
    model.put("seed", Long.toUnsignedString(random.nextLong() & Long.MAX_VALUE));
    model.put("maxCount", WorksheetOptions.MAX_COUNT);
    views.render(ctx, "instructor/print", model);
  }

  /** GET /briefing.pdf: the student edition, for anyone; asking for answers here is refused. */
  void publicBriefing(Context ctx) {
    String edition = ctx.queryParam("edition");
    if (edition != null && !edition.equalsIgnoreCase(Edition.STUDENT.key())) {
      throw new HttpResponseException(403, "error.answers-for-instructors");
    }
    BriefingOptions options = briefingOptions(ctx, Edition.STUDENT);
    send(ctx, options.fileName(), () -> briefings.write(library.get().library(), options));
  }

  /** GET /instructor/briefing.pdf: either edition. */
  void briefing(Context ctx) {
    Edition edition = parse(() -> Edition.fromKey(param(ctx, "edition", "student")));
    BriefingOptions options = briefingOptions(ctx, edition);
    send(ctx, options.fileName(), () -> briefings.write(library.get().library(), options));
  }

  /** GET /instructor/worksheet.pdf */
  void worksheet(Context ctx) {
    WorksheetOptions options =
        parse(
            () -> {
              Set<QuestionType> types = new LinkedHashSet<>();
              for (String key : values(ctx, "types")) {
                types.add(
                    QuestionType.fromKey(key)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "unknown question type `" + key + "`")));
              }
              String seed = param(ctx, "seed", "");
              return new WorksheetOptions(
                  topics(ctx),
                  types,
                  Integer.parseInt(param(ctx, "count", "10")),
                  Variant.fromKey(param(ctx, "variant", "A")),
                  seed.isEmpty()
                      ? random.nextLong() & Long.MAX_VALUE
                      : Long.parseUnsignedLong(seed),
                  Edition.fromKey(param(ctx, "edition", "student")),
                  Paper.fromKey(param(ctx, "paper", "a4")),
                  LocalDate.now());
            });
    send(ctx, options.fileName(), () -> worksheets.write(library.get().library(), options));
  }

  private BriefingOptions briefingOptions(Context ctx, Edition edition) {
    return parse(
        () ->
            new BriefingOptions(
                topics(ctx),
                edition,
                Paper.fromKey(param(ctx, "paper", "a4")),
                "on".equals(ctx.queryParam("summary")) || "true".equals(ctx.queryParam("summary")),
                LocalDate.now()));
  }

  /** Topic ids from repeated {@code topics} parameters or one comma-separated list. */
  private List<String> topics(Context ctx) {
    List<String> ids = values(ctx, "topics");
    Library lib = library.get().library();
    for (String id : ids) {
      if (lib.topic(id).isEmpty()) {
        throw new IllegalArgumentException(
            "There is no topic `" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "`.");
      }
    }
    List<String> known = lib.topics().stream().map(Topic::id).toList();
    // All topics ticked is the same briefing as none ticked: one name, one cache entry.
    return ids.size() == known.size() && Set.copyOf(ids).equals(Set.copyOf(known))
        ? List.of()
        : ids;
  }

  private static List<String> values(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .filter(s -> !out.contains(s))
          .forEach(out::add);
    }
    return out;
  }

  private static String param(Context ctx, String name, String fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private interface Parse<T> {
    T get();
  }

  /** Bad options are the requester's mistake: a 400 that says which. */
  private static <T> T parse(Parse<T> parse) {
    try {
      return parse.get();
    } catch (NumberFormatException e) {
      throw new HttpResponseException(400, "error.whole-numbers");
    } catch (IllegalArgumentException e) {
      throw new HttpResponseException(400, e.getMessage());
    }
  }

  private interface Render {
    PdfRenderer.Pdf get();
  }

  private void send(Context ctx, String fileName, Render render) {
    PdfRenderer.Pdf pdf;
    try {
      if (!rendering.tryAcquire(20, TimeUnit.SECONDS)) {
        throw new HttpResponseException(503, "error.printer-busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpResponseException(503, "error.printer-busy");
    }
    try {
      pdf = render.get();
    } catch (IllegalArgumentException e) {
      throw new HttpResponseException(400, e.getMessage());
    } finally {
      rendering.release();
    }
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.header("X-Page-Count", Integer.toString(pdf.pages()));
    ctx.contentType("application/pdf");
    ctx.result(pdf.bytes());
  }
}
