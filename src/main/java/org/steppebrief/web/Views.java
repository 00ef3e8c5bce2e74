package org.steppebrief.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;
import org.steppebrief.store.Learner;

/**
 * Renders a page with what every page needs: the CSRF token, the learner, the content version and
 * the pack (whose title ends every page title).
 */
final class Views {
  private final Pages pages;
  private final Csrf csrf;
  private final Visitor visitor;
  private final LibraryHolder library;
  private final PageCache compiled;

  Views(Pages pages, Csrf csrf, Visitor visitor, LibraryHolder library, boolean reload) {
    this.compiled = new PageCache(reload ? 0 : 5_000);
    this.pages = pages;
    this.csrf = csrf;
    this.visitor = visitor;
    this.library = library;
  }

  /**
   * Renders a page whose learner-independent part is rendered once per {@code key}: the model's
   * holes ({@link CompiledPage#hole}) are filled from {@code values} on every request, together
   * with the CSRF token and the learner's resume code. With --reload nothing is cached.
   */
  void renderCompiled(
      Context ctx,
      Object key,
      String template,
      Supplier<Map<String, Object>> model,
      Map<String, String> values,
      Learner learner) {
    Language language = Languages.of(ctx);
    Map<String, String> all = new HashMap<>(values);
    all.put("csrf", csrf.token(ctx));
    all.put("resume", learner.resumeCode());
    CompiledPage page =
        compiled.get(
            java.util.List.of(library.get().library().version(), language, key),
            () -> {
              Map<String, Object> withHoles = new HashMap<>(model.get());
              withHoles.put("csrf", CompiledPage.hole("csrf"));
              withHoles.put(
                  "learner",
                  new Learner(CompiledPage.hole("learner"), CompiledPage.hole("resume"), 0));
              withHoles.put("version", library.get().library().version());
              withHoles.put("pack", library.get().library().pack());
              withHoles.put("instructor", null);
              withHoles.put("lang", language);
              withHoles.put("languages", Language.offered());
              withHoles.put("texts", Texts.of(language));
              return pages.render(template, withHoles, language);
            });
    all.putIfAbsent("learner", learner.id());
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Language", language.tag());
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(page.fill(all));
  }

  void render(Context ctx, String template, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("csrf", csrf.token(ctx));
    all.put("learner", visitor.learner(ctx).orElse(null));
    all.put("version", library.get().library().version());
    all.put("sourceLink", SourceLinks.INSTANCE);
    all.put("pack", library.get().library().pack());
    all.putIfAbsent("instructor", ctx.attribute("instructor"));
    Language language = Languages.of(ctx);
    all.put("lang", language);
    all.put("languages", Language.offered());
    all.put("texts", Texts.of(language));
    all.put("classWords", new ClassWords(Texts.of(language)));
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Language", language.tag());
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(pages.render(template, all, language));
  }

  /** The error page; {@code title} and {@code message} are already in the request's language. */
  String renderError(Context ctx, int status, String title, String message, String messageLang) {
    Language language = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("lang", language);
    model.put("languages", Language.offered());
    model.put("texts", Texts.of(language));
    model.put("status", status);
    model.put("title", title);
    model.put("message", message);
    model.put("messageLang", messageLang);
    model.put("csrf", csrf.token(ctx));
    model.put("learner", null);
    model.put("version", library.get().library().version());
    model.put("pack", library.get().library().pack());
    ctx.header("Content-Language", language.tag());
    return pages.render("error", model, language);
  }
}
