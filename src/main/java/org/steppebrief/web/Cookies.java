package org.steppebrief.web;

import io.javalin.http.Context;

/** Sets cookies with every attribute spelled out: HttpOnly always, Secure over HTTPS. */
final class Cookies {
  private Cookies() {}

  /** {@code maxAgeSeconds} below 0 makes a session cookie; 0 deletes it. */
  static void set(Context ctx, String name, String value, int maxAgeSeconds, String sameSite) {
    StringBuilder cookie = new StringBuilder();
    cookie
        .append(name)
        .append('=')
        .append(value)
        .append("; Path=/; HttpOnly; SameSite=")
        .append(sameSite);
    if (maxAgeSeconds >= 0) {
      cookie.append("; Max-Age=").append(maxAgeSeconds);
    }
    if ("https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }
}
