package org.steppebrief.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * Benchmark, not a test: a class arrives for an assignment while its instructor watches the board.
 * Before the clock starts, the instructor signs in, creates a class and a test assignment of the
 * given number of questions (drawn once from every topic), and reads the join code. Then each
 * simulated learner opens the join link {@code /join/CODE}, joins under a display name, opens the
 * assignment and starts it, and for every question reads the page (and its CSRF token) and posts an
 * answer, as fast as the server answers. Starts are spread evenly over the arrival window; a fixed
 * pool of threads runs the learners. Meanwhile one more thread reloads the instructor's results
 * board every few seconds until the last learner is done. Prints latency percentiles, errors, total
 * time, the answers the board shows once everyone is done, and the answers the database holds for
 * those attempts. Run with {@code bench/class-arrival.sh}.
 *
 * <p>Every learner joins from 127.0.0.1: the join limiter counts wrong codes only, so a whole class
 * behind one address is not stopped by its own joins.
 *
 * <p>Arguments: {@code BASE-URL JDBC-URL INSTRUCTOR PASSWORD [learners] [window-seconds] [threads]
 * [questions] [board-every-seconds]}.
 */
public final class ClassArrival {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private static final Pattern CODE = Pattern.compile("class=\"code big-code\">([0-9A-Z-]+)<");

  /** A board row's "answered" cell: {@code <td>17 of 20</td>}. */
  private static final Pattern ANSWERED = Pattern.compile("<td>(\\d+) of (\\d+)</td>");

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
  private final Map<String, String> instructorCookies = new HashMap<>();
  private final AtomicInteger boardErrors = new AtomicInteger();
  private String code;
  private String assignment;
  private String board;

  private ClassArrival(String base, int questions) {
    this.base = base;
    this.questions = questions;
    for (String kind : List.of("join", "start", "GET question", "POST answer", "board")) {
      latencies.put(kind, Collections.synchronizedList(new ArrayList<>()));
    }
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbcUrl = args[1];
    String instructor = args[2];
    String password = args[3];
    int learners = args.length > 4 ? Integer.parseInt(args[4]) : 300;
    int windowSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    int threads = args.length > 6 ? Integer.parseInt(args[6]) : 64;
    int questions = args.length > 7 ? Integer.parseInt(args[7]) : 20;
    int boardEvery = args.length > 8 ? Integer.parseInt(args[8]) : 2;
    System.out.printf(
        Locale.ROOT,
        "%d learners join a class and take a %d-question assignment, arriving within %d s;"
            + " the board reloaded every %d s; %d client threads; %s%n",
        learners,
        questions,
        windowSeconds,
        boardEvery,
        threads,
        base);

    ClassArrival run = new ClassArrival(base, questions);
    run.prepare(instructor, password);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
    CountDownLatch done = new CountDownLatch(learners);
    long start = System.nanoTime();
    // At a fixed rate: a load that takes longer than the period delays the next, never overlaps.
    watcher.scheduleAtFixedRate(run::reloadBoard, 0, boardEvery, TimeUnit.SECONDS);
    for (int i = 0; i < learners; i++) {
      long at = TimeUnit.SECONDS.toMicros(windowSeconds) * i / learners;
      String name = String.format(Locale.ROOT, "Ученик %03d", i + 1);
      arrivals.schedule(
          () -> pool.execute(() -> run.learner(name, done)), at, TimeUnit.MICROSECONDS);
    }
    boolean allDone = done.await(10, TimeUnit.MINUTES);
    long totalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    watcher.shutdown();
    watcher.awaitTermination(1, TimeUnit.MINUTES);
    arrivals.shutdownNow();
    pool.shutdownNow();
    run.report(learners, totalMs, allDone);
    run.finalBoard();
    run.countStored(jdbcUrl, learners);
  }

  /**
   * The instructor's part before the class arrives: signs in, creates a class and an assignment
   * open from an hour ago until tomorrow, and reads the join code from the class's page.
   */
  private void prepare(String instructor, String password) throws Exception {
    Map<String, String> c = instructorCookies;
    HttpResponse<String> signIn = send(null, get("/signin"), c, 200);
    send(
        null,
        post("/signin", csrf(signIn) + form("name", instructor, "password", password)),
        c,
        303);
    HttpResponse<String> classes = send(null, get("/instructor/classes"), c, 200);
    String name = "Benchmark class " + Instant.now();
    String room =
        location(
            send(null, post("/instructor/classes", csrf(classes) + form("name", name)), c, 303));
    Matcher m = CODE.matcher(send(null, get(room), c, 200).body());
    if (!m.find()) {
      throw new IllegalStateException(room + ": no join code");
    }
    code = m.group(1);
    HttpResponse<String> newAssignment = send(null, get(room + "/assignments/new"), c, 200);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    board =
        location(
            send(
                null,
                post(
                    room + "/assignments",
                    csrf(newAssignment)
                        + form(
                            "title", "Benchmark",
                            "how", "draw",
                            "generated", "on",
                            "count", Integer.toString(questions),
                            "mode", "test",
                            "attempts", "one",
                            "opens", now.minusHours(1).toString(),
                            "closes", now.plusDays(1).toString(),
                            "zone", "UTC")),
                c,
                303));
    assignment = "/assignments/" + board.substring(board.lastIndexOf('/') + 1);
    System.out.println("class " + room + ", join code " + code + ", board " + board);
  }

  /** One reload of the board by the instructor, timed; a failure is counted and the next comes. */
  private void reloadBoard() {
    try {
      send("board", get(board), instructorCookies, 200);
    } catch (Exception e) {
      boardErrors.incrementAndGet();
      if (errorSamples.size() < 5) {
        errorSamples.add("board: " + e);
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The board once everyone is done (not timed): the learners and answers it shows. */
  private void finalBoard() throws Exception {
    String page = send(null, get(board), instructorCookies, 200).body();
    int rows = 0;
    int complete = 0;
    long answered = 0;
    Matcher m = ANSWERED.matcher(page);
    while (m.find()) {
      rows++;
      answered += Long.parseLong(m.group(1));
      if (m.group(1).equals(m.group(2))) {
        complete++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "board after the class: %d learners, %d with every question answered, %d answers;"
            + " %d board loads failed%n",
        rows,
        complete,
        answered,
        boardErrors.get());
  }

  /** One learner's join and whole assignment; the first failure ends it. */
  private void learner(String name, CountDownLatch done) {
    Map<String, String> cookies = new HashMap<>();
    try {
      HttpResponse<String> joinPage = send("join", get("/join/" + code), cookies, 200);
      HttpResponse<String> joined =
          send(
              "join",
              post("/join", csrf(joinPage) + form("code", code, "name", name)),
              cookies,
              303);
      if (!location(joined).endsWith("/classes")) {
        throw new IllegalStateException("join: redirected to " + location(joined));
      }
      HttpResponse<String> open = send("start", get(assignment), cookies, 200);
      HttpResponse<String> started =
          send("start", post(assignment + "/start", csrf(open)), cookies, 303);
      String attempt = location(started);
      if (!attempt.startsWith("/quiz/")) {
        throw new IllegalStateException("start: redirected to " + attempt);
      }
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

  /** Name-value pairs as the rest of a form body, each value URL-encoded, after a leading &. */
  private static String form(String... pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      out.append('&')
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpRequest.Builder post(String path, String form) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  /**
   * Sends with the visitor's cookies, keeps the ones set, times it under {@code kind} (unless null:
   * the instructor's set-up is not timed), and checks the status.
   */
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
    if (kind != null) {
      latencies.get(kind).add(System.nanoTime() - t0);
    }
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
