package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.steppebrief.content.FactStub;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;

/**
 * Citing from the reader: words of a source become a ready fact stub. The reader's "Cite" button
 * (JavaScript) asks for a selection by passage and character range; the form, which works without
 * JavaScript, takes pasted words and answers with the stub or the matcher's diagnostic.
 */
final class CiteHandlers {
  private final LibraryHolder library;
  private final Views views;

  /**
   * One quote index per source of the library in service, built on first use: the loader's own are
   * not kept, and building one for a large source costs more than the lookup.
   */
  private final Map<String, QuoteIndex> indexes = new ConcurrentHashMap<>();

  private volatile String indexedVersion = "";

  CiteHandlers(LibraryHolder library, Views views) {
    this.library = library;
    this.views = views;
  }

  /** A stub as the page shows it: the YAML and its passage with the quoted words marked. */
  public record StubView(
      String yaml, String label, String passageId, String before, String marked, String after) {}

  /** The stub for a selection in the reader, as plain text (422 with the reason when refused). */
  void selection(Context ctx) {
    LibraryHolder.Loaded loaded = library.get();
    Source source = source(loaded, ctx.queryParam("source"));
    int start = number(ctx.queryParam("start"));
    int end = number(ctx.queryParam("end"));
    String passage = Optional.ofNullable(ctx.queryParam("passage")).orElse("");
    FactStub.Outcome outcome =
        FactStub.fromSelection(
            source, index(loaded, source), passage, start, end, loaded.facts()::containsKey);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; charset=utf-8");
    if (outcome instanceof FactStub.Made made) {
      ctx.result(made.stubs().get(0).yaml());
    } else if (outcome instanceof FactStub.Refused refused) {
      ctx.status(422);
      ctx.result(refused.message() + (refused.hint().isBlank() ? "" : "; " + refused.hint()));
    }
  }

  /** The form for pasted words, and its answer when it has been filled in. */
  void form(Context ctx) {
    LibraryHolder.Loaded loaded = library.get();
    Map<String, Object> model = new HashMap<>();
    String sourceId = Optional.ofNullable(ctx.queryParam("source")).orElse("");
    String words = Optional.ofNullable(ctx.queryParam("words")).orElse("");
    String passage = Optional.ofNullable(ctx.queryParam("passage")).orElse("").strip();
    model.put("sources", loaded.library().sources());
    model.put("sourceId", sourceId);
    model.put("words", words);
    model.put("passage", passage);
    model.put("stubs", List.of());
    if (!words.isBlank() && !sourceId.isEmpty()) {
      Source source = source(loaded, sourceId);
      FactStub.Outcome outcome =
          FactStub.fromWords(
              source,
              index(loaded, source),
              words,
              passage.length() > 100 ? "" : passage,
              loaded.facts()::containsKey);
      if (outcome instanceof FactStub.Made made) {
        model.put("stubs", made.stubs().stream().map(CiteHandlers::view).toList());
      } else if (outcome instanceof FactStub.Refused refused) {
        ctx.status(422);
        model.put("refused", refused);
        refused
            .closest()
            .ifPresent(
                p ->
                    model.put(
                        "closestLabel",
                        "¶" + p.number() + " (" + p.id() + ", line " + p.firstLine() + ")"));
      }
    }
    views.render(ctx, "instructor/cite", model);
  }

  private static StubView view(FactStub.Stub stub) {
    String text = stub.passage().text();
    Passage p = stub.passage();
    return new StubView(
        stub.yaml(),
        (p.kind() == Passage.Kind.NOTE ? "Note " : "¶") + p.number() + ", line " + p.firstLine(),
        p.id(),
        text.substring(0, stub.start()),
        text.substring(stub.start(), stub.end()),
        text.substring(stub.end()));
  }

  private static Source source(LibraryHolder.Loaded loaded, String id) {
    return loaded
        .library()
        .source(id == null ? "" : id)
        .orElseThrow(() -> new NotFoundResponse("error.no-such-source"));
  }

  private QuoteIndex index(LibraryHolder.Loaded loaded, Source source) {
    String version = loaded.library().version();
    if (!version.equals(indexedVersion)) {
      indexes.clear();
      indexedVersion = version;
    }
    return indexes.computeIfAbsent(
        version + "/" + source.id(), key -> QuoteIndex.of(source.passages()));
  }

  private static int number(String raw) {
    if (raw == null || !raw.matches("\\d{1,7}")) {
      return 0;
    }
    return Integer.parseInt(raw);
  }
}
