package org.steppebrief.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: a class arrives for the same test. Each simulated learner opens the new
 * quiz form, starts a 20-question test, then for every question reads the page (and its CSRF token)
 * and posts an answer, as fast as the server answers. Starts are spread evenly over the arrival
 * window; a fixed pool of threads runs the learners. Prints latency percentiles, errors, total
 * time, and the answers the database holds for those attempts. Run with {@code
 * bench/class-arrival.sh}.
 *
 * <p>Arguments: {@code BASE-URL JDBC-URL [learners] [window-seconds] [threads] [questions]}.
 */
public final class ClassArrival {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

  /** One body answers any question type: the app reads only the fields of the question's type. */
  private static final String ANSWER =
      "choice=0&truth=true&pos-0=1&match-0=0&text=answer&blank-0=answer";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final int questions;
  private final Map<String, List<Long>> latencies = new LinkedHashMap<>();
  private final AtomicInteger errors = new AtomicInteger();
  private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
  private final Queue<String> attemptIds = new ConcurrentLinkedQueue<>();
  private final AtomicInteger finished = new AtomicInteger();

  private ClassArrival(String base, int questions) {
    this.base = base;
    this.questions = questions;
    for (String kind : List.of("start", "GET question", "POST answer")) {
      latencies.put(kind, Collections.synchronizedList(new ArrayList<>()));
    }
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbcUrl = args[1];
    int learners = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int windowSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 64;
    int questions = args.length > 5 ? Integer.parseInt(args[5]) : 20;
    System.out.printf(
        Locale.ROOT,
        "%d learners start a %d-question test within %d s; %d client threads; %s%n",
        learners,
        questions,
        windowSeconds,
        threads,
        base);

    ClassArrival run = new ClassArrival(base, questions);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
    CountDownLatch done = new CountDownLatch(learners);
    long start = System.nanoTime();
    for (int i = 0; i < learners; i++) {
      long at = TimeUnit.SECONDS.toMicros(windowSeconds) * i / learners;
      arrivals.schedule(() -> pool.execute(() -> run.learner(done)), at, TimeUnit.MICROSECONDS);
    }
    boolean allDone = done.await(10, TimeUnit.MINUTES);
    long totalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    arrivals.shutdownNow();
    pool.shutdownNow();
    run.report(learners, totalMs, allDone);
    run.countStored(jdbcUrl, learners);
  }

  /** One learner's whole test; the first failure ends it. */
  private void learner(CountDownLatch done) {
    Map<String, String> cookies = new HashMap<>();
    try {
      HttpResponse<String> form = send("start", get("/quiz/new"), cookies, 200);
      HttpResponse<String> started =
          send("start", post("/quiz", csrf(form) + "&mode=test&count=" + questions), cookies, 303);
      String attempt = location(started);
      attemptIds.add(attempt.substring("/quiz/".length()));
      for (int n = 1; n <= questions; n++) {
        String path = attempt + "/q/" + n;
        HttpResponse<String> page = send("GET question", get(path), cookies, 200);
        HttpResponse<String> saved =
            send("POST answer", post(path, csrf(page) + "&" + ANSWER), cookies, 303);
        String next = n < questions ? attempt + "/q/" + (n + 1) : attempt + "/result";
        if (!location(saved).endsWith(next)) {
          throw new IllegalStateException(path + ": redirected to " + location(saved));
        }
      }
      finished.incrementAndGet();
    } catch (Exception e) {
      errors.incrementAndGet();
      if (errorSamples.size() < 5) {
        errorSamples.add(e.toString());
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      done.countDown();
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpRequest.Builder post(String path, String form) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  /** Sends with the learner's cookies, keeps the ones set, times it, and checks the status. */
  private HttpResponse<String> send(
      String kind, HttpRequest.Builder request, Map<String, String> cookies, int expected)
      throws Exception {
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((name, value) -> pairs.add(name + "=" + value));
      request.header("Cookie", String.join("; ", pairs));
    }
    HttpRequest r = request.timeout(Duration.ofSeconds(30)).build();
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    latencies.get(kind).add(System.nanoTime() - t0);
    for (String header : response.headers().allValues("Set-Cookie")) {
      Matcher m = COOKIE.matcher(header);
      if (m.find()) {
        cookies.put(m.group(1).strip(), m.group(2));
      }
    }
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          r.method() + " " + r.uri().getPath() + ": status " + response.statusCode());
    }
    return response;
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException(page.uri().getPath() + ": no _csrf field");
    }
    return "_csrf=" + m.group(1);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private void report(int learners, long totalMs, boolean allDone) {
    System.out.printf(
        Locale.ROOT,
        "%-13s %8s %8s %8s %8s %8s%n",
        "request",
        "count",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms");
    int requests = 0;
    for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
      List<Long> sorted;
      synchronized (e.getValue()) {
        sorted = new ArrayList<>(e.getValue());
      }
      Collections.sort(sorted);
      requests += sorted.size();
      System.out.printf(
          Locale.ROOT,
          "%-13s %8d %8.1f %8.1f %8.1f %8.1f%n",
          e.getKey(),
          sorted.size(),
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          percentile(sorted, 100));
    }
    System.out.printf(
        Locale.ROOT,
        "learners finished: %d of %d%s; errors: %d; total time %.1f s; %.0f requests/s%n",
        finished.get(),
        learners,
        allDone ? "" : " (gave up waiting after 10 minutes)",
        errors.get(),
        totalMs / 1000.0,
        requests * 1000.0 / Math.max(1, totalMs));
    errorSamples.forEach(s -> System.out.println("  error: " + s));
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double percentile(List<Long> sortedNanos, int p) {
    if (sortedNanos.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
    return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
  }

  private void countStored(String jdbcUrl, int learners) throws SQLException {
    List<String> ids = new ArrayList<>(attemptIds);
    if (ids.isEmpty()) {
      System.out.println("answers stored: 0 (no attempt started)");
      return;
    }
    String sql =
        "SELECT count(*), count(DISTINCT attempt_id) FROM answers WHERE attempt_id IN ("
            + String.join(",", Collections.nCopies(ids.size(), "?"))
            + ")";
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        s.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        System.out.printf(
            Locale.ROOT,
            "answers stored: %d of %d expected, in %d of %d attempts%n",
            rs.getLong(1),
            (long) learners * questions,
            rs.getLong(2),
            learners);
      }
    }
  }
}
