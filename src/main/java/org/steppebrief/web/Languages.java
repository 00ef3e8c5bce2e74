package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;

/**
 * The language a page is in: the learner's choice (the header's links add {@code ?lang=ru}, which
 * is remembered in a cookie), else the browser's {@code Accept-Language}, else English.
 */
final class Languages {
  static final String COOKIE = "sb_lang";
  private static final int ONE_YEAR = 365 * 24 * 60 * 60;
  private static final String ATTRIBUTE = "sb-language";

  private Languages() {}

  /** The language of this request. */
  static Language of(Context ctx) {
    Language known = ctx.attribute(ATTRIBUTE);
    if (known != null) {
      return known;
    }
    Language chosen =
        Language.fromTag(ctx.cookie(COOKIE))
            .or(() -> Language.negotiate(ctx.header("Accept-Language")))
            .orElse(Language.EN);
    ctx.attribute(ATTRIBUTE, chosen);
    return chosen;
  }

  static Texts texts(Context ctx) {
    return Texts.of(of(ctx));
  }

  /**
   * Before every GET: {@code ?lang=kk} stores the choice and sends the browser to the same address
   * without it, so a link works without JavaScript and the address stays clean. An unknown value is
   * ignored. Only the path of this site is redirected to, never another host.
   */
  static void switchIfAsked(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked == null || !ctx.method().name().equals("GET")) {
      return;
    }
    Language.fromTag(asked)
        .ifPresent(
            language -> {
              Cookies.set(ctx, COOKIE, language.tag(), ONE_YEAR, "Lax");
              // "//host" or "/\\host" would leave the site: the path keeps one leading slash.
              StringBuilder to = new StringBuilder("/" + ctx.path().replaceFirst("^[/\\\\]+", ""));
              String sep = "?";
              for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
                if (p.getKey().equals("lang")) {
                  continue;
                }
                for (String v : p.getValue()) {
                  to.append(sep)
                      .append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8))
                      .append('=')
                      .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                  sep = "&";
                }
              }
              ctx.header("Cache-Control", "no-store");
              ctx.redirect(to.toString(), HttpStatus.SEE_OTHER);
              ctx.skipRemainingHandlers();
            });
  }
}
