package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Question;
import org.steppebrief.store.Database;
import org.steppebrief.store.NeedsPostgres;

/**
 * PostgreSQL stopped in the middle of a quiz and started again on the same data and port: the
 * learner meanwhile gets a 503 page that says the answer was not saved, nothing unsaved is
 * acknowledged, and the app takes answers again by itself once the database is back.
 */
@NeedsPostgres
class DatabaseOutageTest {
  /** Fixed, so that the restarted server is found where the app's pool looks for it. */
  private static final int PORT = 7132;

  @TempDir Path dir;

  @Test
  void learnersGetA503DuringAnOutageAndTheAppRecoversWhenTheDatabaseReturns() throws IOException {
    Path data = dir.resolve("pg");
    EmbeddedPostgres postgres = start(data);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    try (TestServer server = TestServer.start(content, url, dir.resolve("app"))) {
      WebClient learner = new WebClient(server.base());
      learner.get("/quiz/new");
      String attempt = WebClient.location(learner.post("/quiz", "count", "3", "mode", "test"));
      HttpResponse<String> first = learner.follow(attempt);
      assertThat(learner.post(first.uri().getPath(), answer(server, first)).statusCode())
          .isEqualTo(303);
      HttpResponse<String> second = learner.follow(attempt);
      String[] secondAnswer = answer(server, second);

      postgres.close();

      long sent = System.nanoTime();
      HttpResponse<String> refused = learner.post(second.uri().getPath(), secondAnswer);
      long outageMillis = (System.nanoTime() - sent) / 1_000_000;
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body())
          .contains("The server cannot reach its database.")
          .contains("not saved")
          .doesNotContain("Exception")
          .doesNotContain("at org.");
      HttpResponse<String> page = learner.get(second.uri().getPath());
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains("The server cannot reach its database.");

      // Every pooled connection is dead now. More answers at once than the pool has connections
      // (16): each is refused, those that find no connection after the pool's connectionTimeout
      // (3 s, not Hikari's default 30 s).
      sent = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
      ExecutorService clients = Executors.newFixedThreadPool(20);
      try {
        for (int i = 0; i < 20; i++) {
          burst.add(
              CompletableFuture.supplyAsync(
                  () -> learner.post(second.uri().getPath(), secondAnswer), clients));
        }
        for (CompletableFuture<HttpResponse<String>> r : burst) {
          assertThat(r.join().statusCode()).isEqualTo(503);
          assertThat(r.join().body()).contains("The server cannot reach its database.");
        }
      } finally {
        clients.shutdown();
      }
      long waitedMillis = (System.nanoTime() - sent) / 1_000_000;

      long restarted = System.nanoTime();
      postgres = start(data);
      // The pool reconnects by itself, but its connection maker may be sleeping in its back-off
      // (up to a few seconds) when the database returns: until then an answer is still refused
      // as not saved, never acknowledged, and the learner sends it again, as the page says.
      int tries = 1;
      HttpResponse<String> stored = learner.post(second.uri().getPath(), secondAnswer);
      while (stored.statusCode() != 303 && tries < 10) {
        assertThat(stored.statusCode()).isEqualTo(503);
        tries++;
        stored = learner.post(second.uri().getPath(), secondAnswer);
      }
      long recoveryMillis = (System.nanoTime() - restarted) / 1_000_000;
      assertThat(stored.statusCode()).isEqualTo(303);
      System.out.printf(
          "outage: answer refused in %d ms (connection broken), 20 at once in %d ms; answer"
              + " stored %d ms after the database was started again (start included), try %d%n",
          outageMillis, waitedMillis, recoveryMillis, tries);

      try (Database db = Database.open(url)) {
        int answers =
            db.read(h -> h.createQuery("SELECT COUNT(*) FROM answers").mapTo(Integer.class).one());
        assertThat(answers).isEqualTo(2);
      }
    } finally {
      postgres.close();
    }
  }

  private static String[] answer(TestServer server, HttpResponse<String> page) {
    Question q =
        server.app().library().get().question(PageAnswers.questionId(page.body())).orElseThrow();
    return PageAnswers.right(q, page.body());
  }

  private static EmbeddedPostgres start(Path data) throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(PORT)
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .start();
  }
}
