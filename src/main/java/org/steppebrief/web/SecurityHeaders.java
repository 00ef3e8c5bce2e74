package org.steppebrief.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Headers every response carries: no inline script or style, no framing, no sniffing. */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  private SecurityHeaders() {}

  /** Every header, in order; Jetty's own error pages carry them too ({@link ServerLimits}). */
  static final Map<String, String> ALL =
      orderedOf(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "same-origin",
          "Permissions-Policy", "camera=(), microphone=(), geolocation=()",
          "Cross-Origin-Opener-Policy", "same-origin");

  static void apply(Context ctx) {
    ALL.forEach(ctx::header);
  }

  private static Map<String, String> orderedOf(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }
}
