package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.briefing.BriefingOptions;
import org.steppebrief.briefing.BriefingWriter;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.PrintTemplates;
import org.steppebrief.content.Library;
import org.steppebrief.content.QuestionType;
import org.steppebrief.content.Topic;
import org.steppebrief.worksheet.Variant;
import org.steppebrief.worksheet.WorksheetOptions;
import org.steppebrief.worksheet.WorksheetWriter;

/**
 * The briefing and worksheet builder under /instructor/, and the PDFs it streams as downloads. Only
 * a student-edition briefing is public ({@code /briefing.pdf}); anything with answers needs a
 * signed-in instructor. A request names topics, types and options, never a file: every PDF is made
 * (or taken from the cache) in memory, so no request can read a path.
 */
final class BriefingHandlers {
  private static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final Clock clock;
  private final LibraryHolder library;
  private final Views views;
  private final BriefingWriter briefings;
  private final WorksheetWriter worksheets;
  private final PrintSlots slots = new PrintSlots();
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

  BriefingHandlers(LibraryHolder library, Writers writers, Views views, Clock clock) {
    this.library = library;
    this.clock = clock;
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
    Library lib = library.get().library();
    send(
        ctx,
        options.fileName(),
        briefings.cached(lib, options),
        () -> briefings.write(lib, options));
  }

  /**
   * Renders what {@code /briefing.pdf} gives without options, so the first readers of the day find
   * it cached. Runs at start, on a background thread.
   */
  void renderPublicDefault() {
    briefings.write(library.get().library(), BriefingOptions.defaults(LocalDate.now()));
  }

  /** GET /instructor/briefing.pdf: either edition. */
  void briefing(Context ctx) {
    Edition edition = parse(() -> Edition.fromKey(param(ctx, "edition", "student")));
    BriefingOptions options = briefingOptions(ctx, edition);
    Library lib = library.get().library();
    send(
        ctx,
        options.fileName(),
        briefings.cached(lib, options),
        () -> briefings.write(lib, options));
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
                  LocalDate.now(clock));
            });
    send(
        ctx,
        options.fileName(),
        Optional.empty(),
        () -> worksheets.write(library.get().library(), options));
  }

  private BriefingOptions briefingOptions(Context ctx, Edition edition) {
    return parse(
        () ->
            new BriefingOptions(
                topics(ctx),
                edition,
                Paper.fromKey(param(ctx, "paper", "a4")),
                "on".equals(ctx.queryParam("summary")) || "true".equals(ctx.queryParam("summary")),
                LocalDate.now(clock)));
  }

  /**
   * Topic ids from repeated {@code topics} parameters or one comma-separated list, in one canonical
   * form: the library's order, each once, so that no reordering or repetition makes a new PDF. An
   * unknown id is refused.
   */
  private List<String> topics(Context ctx) {
    Library lib = library.get().library();
    List<String> ids = TopicIds.of(values(ctx, "topics"), lib);
    Set<String> asked = Set.copyOf(ids);
    List<String> canonical = lib.topics().stream().map(Topic::id).filter(asked::contains).toList();
    // All topics ticked is the same briefing as none ticked: one name, one cache entry.
    return canonical.size() == lib.topics().size() ? List.of() : canonical;
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

  /**
   * Sends {@code cached} if there is one (no slot needed), else renders in a slot: a signed-in
   * instructor's or an anonymous client's (see {@link PrintSlots}); none free is a 503 at once.
   */
  private void send(Context ctx, String fileName, Optional<PdfRenderer.Pdf> cached, Render render) {
    PdfRenderer.Pdf pdf;
    if (cached.isPresent()) {
      pdf = cached.get();
    } else {
      Optional<PrintSlots.Slot> slot =
          ctx.attribute("instructor") != null ? slots.instructor() : slots.anyone(ctx.ip());
      if (slot.isEmpty()) {
        ctx.header("Retry-After", Integer.toString(PrintSlots.RETRY_AFTER_SECONDS));
        throw new Refused(503, "error.printer-busy", PrintSlots.RETRY_AFTER_SECONDS);
      }
      try {
        pdf = render.get();
      } catch (IllegalArgumentException e) {
        throw new HttpResponseException(400, e.getMessage());
      } finally {
        slot.get().close();
      }
    }
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.header("X-Page-Count", Integer.toString(pdf.pages()));
    ctx.contentType("application/pdf");
    ctx.result(pdf.bytes());
  }
}
