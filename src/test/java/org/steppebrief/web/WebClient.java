package org.steppebrief.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTTP user agent for tests: keeps cookies, does not follow redirects (tests assert
 * them), and fills in the CSRF token of the last page it read, as a browser's form would.
 */
public final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;
  private String csrf = "";

  public WebClient(String base) {
    this(base, new CookieManager());
  }

  private WebClient(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The same cookies against another node: a learner whose load balancer switched servers. */
  public WebClient on(String otherBase) {
    WebClient other = new WebClient(otherBase, cookies);
    other.csrf = csrf;
    return other;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  /** Follows redirects of a GET, as a browser would. */
  public HttpResponse<String> follow(String path) {
    HttpResponse<String> r = get(path);
    for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
      r = get(location(r));
    }
    return r;
  }

  public HttpResponse<String> post(String path, String... pairs) {
    List<String> all = new ArrayList<>(List.of(pairs));
    all.add(0, csrf);
    all.add(0, "_csrf");
    return postRaw(path, all.toArray(String[]::new));
  }

  public HttpResponse<String> postRaw(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String location(HttpResponse<String> r) {
    return r.headers()
        .firstValue("Location")
        .orElseThrow(() -> new AssertionError("no redirect: " + r.statusCode()));
  }

  public String csrf() {
    return csrf;
  }

  public Map<String, List<String>> cookieHeaders() {
    try {
      return cookies.get(URI.create(base), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
