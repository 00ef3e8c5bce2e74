package org.steppebrief.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders a page with what every page needs: the CSRF token, the learner, the content version. */
final class Views {
  private final Pages pages;
  private final Csrf csrf;
  private final Visitor visitor;
  private final LibraryHolder library;

  Views(Pages pages, Csrf csrf, Visitor visitor, LibraryHolder library) {
    this.pages = pages;
    this.csrf = csrf;
    this.visitor = visitor;
    this.library = library;
  }

  void render(Context ctx, String template, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("csrf", csrf.token(ctx));
    all.put("learner", visitor.learner(ctx).orElse(null));
    all.put("version", library.get().library().version());
    all.putIfAbsent("instructor", ctx.attribute("instructor"));
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(pages.render(template, all));
  }

  String renderError(Context ctx, int status, String title, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("title", title);
    model.put("message", message);
    model.put("csrf", csrf.token(ctx));
    model.put("learner", null);
    model.put("version", library.get().library().version());
    return pages.render("error", model);
  }
}
