package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Role;
import org.steppebrief.corpus.Source;

/** The source library: every source with what is known about it, and its text by paragraph. */
final class SourceHandlers {
  private static final Pattern RANGE = Pattern.compile("^(\\d{1,6})-(\\d{1,6})$");

  private final LibraryHolder library;
  private final Views views;

  SourceHandlers(LibraryHolder library, Views views) {
    this.library = library;
    this.views = views;
  }

  /** A passage split around the highlighted quote, so the template can wrap it in a mark. */
  public record PassageView(Passage passage, String before, String marked, String after) {
    public boolean highlighted() {
      return !marked.isEmpty();
    }
  }

  void index(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("sources", library.get().library().sources());
    views.render(ctx, "sources/index", model);
  }

  void source(Context ctx) {
    String id = ctx.pathParam("source");
    Source source =
        library
            .get()
            .library()
            .source(id)
            .orElseThrow(() -> new NotFoundResponse("error.no-such-source"));
    String in = ctx.queryParam("in");
    int[] range = range(ctx.queryParam("hl"));
    Map<String, Object> model = new HashMap<>();
    model.put("source", source);
    for (Role role :
        List.of(
            Role.FRONT_MATTER, Role.BODY, Role.TABLE, Role.NOTE, Role.REFERENCES, Role.LICENCE)) {
      model.put(
          role.key().replace("-", ""),
          source.passages().stream()
              .filter(p -> p.role() == role)
              .map(p -> view(p, in, range))
              .toList());
    }
    views.render(ctx, "sources/source", model);
  }

  private static PassageView view(Passage p, String in, int[] range) {
    String text = p.text();
    if (range != null
        && p.anchor().equals(in)
        && range[0] < range[1]
        && range[1] <= text.length()) {
      return new PassageView(
          p,
          text.substring(0, range[0]),
          text.substring(range[0], range[1]),
          text.substring(range[1]));
    }
    return new PassageView(p, text, "", "");
  }

  private static int[] range(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = RANGE.matcher(raw);
    return m.matches()
        ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
        : null;
  }
}
