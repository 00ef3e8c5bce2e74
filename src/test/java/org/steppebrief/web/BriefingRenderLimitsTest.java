package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Topic;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/**
 * The public briefing cannot be turned into a rendering farm: topic lists have one canonical form,
 * the cache is read before a render slot is taken, anonymous renders are few and per client, and a
 * signed-in instructor still gets a slot.
 */
class BriefingRenderLimitsTest {
  private static final int CLIENTS = 40;
  private static final int REQUESTS_PER_CLIENT = 8;

  @TempDir Path dir;
  private TestServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() {
    String url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", "correct horse battery".toCharArray(), 1L);
    }
    // The shipped content: enough topics for 40 distinct subsets.
    server = TestServer.start(Path.of("."), url, dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private List<String> topicIds() {
    return server.app().library().get().library().topics().stream().map(Topic::id).toList();
  }

  @Test
  void topicListsHaveOneCanonicalFormAndUnknownTopicsAreRefused() throws Exception {
    List<String> ids = topicIds();
    String a = ids.get(0);
    String b = ids.get(1);
    HttpResponse<byte[]> inOrder = get("/briefing.pdf?topics=" + a + "," + b);
    HttpResponse<byte[]> shuffled = get("/briefing.pdf?topics=" + b + "," + a + "," + b);
    HttpResponse<byte[]> repeated = get("/briefing.pdf?topics=" + b + "&topics=" + a);
    assertThat(inOrder.statusCode()).isEqualTo(200);
    assertThat(shuffled.body()).isEqualTo(inOrder.body());
    assertThat(repeated.body()).isEqualTo(inOrder.body());
    assertThat(shuffled.headers().firstValue("Content-Disposition"))
        .isEqualTo(inOrder.headers().firstValue("Content-Disposition"));

    assertThat(get("/briefing.pdf?topics=nope").statusCode()).isEqualTo(400);
    assertThat(get("/briefing.pdf?topics=" + a + ",nope").statusCode()).isEqualTo(400);
  }

  @Test
  void fortyClientsAskingForDistinctSubsetsDoNotSlowTheCachedBriefing() throws Exception {
    // The default briefing is rendered at start; the first request may join that render.
    assertThat(get("/briefing.pdf").statusCode()).isEqualTo(200);
    List<String> ids = topicIds();
    WebClient instructor = new WebClient(server.base());
    instructor.get("/signin");
    assertThat(
            instructor
                .post("/signin", "name", "ada", "password", "correct horse battery")
                .statusCode())
        .isEqualTo(303);

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    ConcurrentLinkedQueue<HttpResponse<byte[]>> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> clients = new ArrayList<>();
    try {
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < REQUESTS_PER_CLIENT && !stop.get(); i++) {
                    // A distinct subset per client and request: every one uncached.
                    int mask = 1 + client * REQUESTS_PER_CLIENT + i;
                    List<String> subset = new ArrayList<>();
                    for (int t = 0; t < ids.size(); t++) {
                      if ((mask & (1 << t)) != 0) {
                        subset.add(ids.get(t));
                      }
                    }
                    answers.add(get("/briefing.pdf?topics=" + String.join(",", subset)));
                  }
                  return null;
                }));
      }
      go.countDown();
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long started = System.nanoTime();
        HttpResponse<byte[]> cached = get("/briefing.pdf");
        millis.add((System.nanoTime() - started) / 1_000_000);
        assertThat(cached.statusCode()).isEqualTo(200);
      }
      // Capacity kept for instructors: an uncached render of theirs is served during the burst.
      int instructorStatus =
          HTTP.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              server.base()
                                  + "/instructor/briefing.pdf?edition=instructor&topics="
                                  + ids.get(2)))
                      .header(
                          "Cookie",
                          "sb_session="
                              + instructor.cookieHeaders().get("Cookie").stream()
                                  .flatMap(h -> List.of(h.split(";\\s*")).stream())
                                  .filter(h -> h.startsWith("sb_session="))
                                  .findFirst()
                                  .orElseThrow()
                                  .substring("sb_session=".length()))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      stop.set(true);
      for (Future<?> client : clients) {
        client.get();
      }
      Collections.sort(millis);
      long rendered = answers.stream().filter(r -> r.statusCode() == 200).count();
      long refused = answers.stream().filter(r -> r.statusCode() == 503).count();
      System.out.printf(
          "BriefingRenderLimitsTest: cached briefing under %d clients: median %d ms, max %d ms;"
              + " %d public subsets rendered, %d refused at once; instructor render %d%n",
          CLIENTS,
          millis.get(millis.size() / 2),
          millis.get(millis.size() - 1),
          rendered,
          refused,
          instructorStatus);
      // The bound is 100 ms on an idle machine; before the fix the cached briefing waited
      // for a render slot (8.4 s, or a 503 after 20 s). The shared 2-core machine these tests run
      // on is often ten times oversubscribed, so the median is allowed 1 s: still far from a wait
      // for renders, which is what this pins.
      assertThat(millis.get(millis.size() / 2)).isLessThanOrEqualTo(1000);
      assertThat(instructorStatus).isEqualTo(200);
      assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 503));
      assertThat(answers)
          .filteredOn(r -> r.statusCode() == 503)
          .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
      // One address: at most its per-minute budget (twice, if the minute turned mid-test).
      assertThat(rendered).isLessThanOrEqualTo(2L * PrintSlots.PER_CLIENT_PER_MINUTE);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
