package org.steppebrief.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.steppebrief.store.Tokens;

/**
 * CSRF protection without server state: a random cookie, and in every form an HMAC of it under the
 * cluster's signing key. Any node can check a form another node served; a page on another site can
 * neither read the cookie nor compute the token.
 */
final class Csrf {
  static final String COOKIE = "sb_csrf";
  static final String FIELD = "_csrf";

  /** A keyed MAC per thread: looking up and keying one costs more than the signing itself. */
  private final ThreadLocal<Mac> mac;

  Csrf(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.mac =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has HmacSHA256", e);
              }
            });
  }

  /** The token for this visitor's forms, setting the cookie first if there is none. */
  String token(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    if (cookie == null || cookie.length() < 16 || cookie.length() > 64) {
      cookie = Tokens.id();
      Cookies.set(ctx, COOKIE, cookie, -1, "Strict");
      ctx.attribute(COOKIE, cookie);
    }
    String fresh = ctx.attribute(COOKIE);
    return sign(fresh != null ? fresh : cookie);
  }

  boolean isValid(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    String sent = ctx.formParam(FIELD);
    if (cookie == null || sent == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(cookie).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
  }

  private String sign(String value) {
    // doFinal leaves the MAC reset and keyed for the next use.
    byte[] digest = mac.get().doFinal(("csrf:" + value).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
