package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/**
 * A full disk, as SQLite reports it: a real database file whose size is capped ({@code
 * max_page_count}) refuses a write with SQLITE_FULL, which the web answers as 503 "not saved".
 */
class StoreFailuresTest {
  @TempDir Path dir;

  @Test
  void aWriteRefusedForAFullDatabaseIsRecognisedAndNothingOfItIsStored() {
    String url = "jdbc:sqlite:" + dir.resolve("full.db");
    long pages;
    try (Database db = Database.open(url)) {
      pages = db.read(h -> h.createQuery("PRAGMA page_count").mapTo(Long.class).one());
    }
    try (Database db = Database.open(url + "?max_page_count=" + pages)) {
      Throwable failure =
          catchThrowable(
              () ->
                  db.write(
                      h ->
                          h.createUpdate("INSERT INTO settings (name, value) VALUES ('big', :v)")
                              .bind("v", "x".repeat(200_000))
                              .execute()));
      assertThat(failure).isNotNull();
      assertThat(StoreFailures.explain(failure)).hasValue("error.store.disk-full");
      int stored =
          db.read(
              h ->
                  h.createQuery("SELECT COUNT(*) FROM settings WHERE name = 'big'")
                      .mapTo(Integer.class)
                      .one());
      assertThat(stored).isZero();
    }
  }

  @Test
  void ordinaryBugsAreNotMistakenForStoreFailures() {
    assertThat(StoreFailures.explain(new IllegalStateException("index out of range"))).isEmpty();
    assertThat(StoreFailures.explain(new NullPointerException())).isEmpty();
  }

  /**
   * Every connection to the file may not grow it past its size at start ({@code max_page_count}):
   * the free pages left in it take the learner and the quiz, then filler written from outside takes
   * every page left and fills the answers table's page, as another program filling the disk would.
   * Deleting the filler frees the space again, with no restart.
   */
  @Test
  void anAnswerTheFullDiskRefusedIsShownAgainWithTheLearnersInputAndNothingStored() {
    String url = TestDatabases.sqliteUrl(dir);
    long pages;
    try (Database db = Database.open(url)) {
      db.write(h -> insertFiller(h, "room", 400_000));
      pages = db.read(h -> h.createQuery("PRAGMA page_count").mapTo(Long.class).one());
      db.write(h -> h.createUpdate("DELETE FROM settings WHERE name = 'room'").execute());
    }
    String capped = url + "?max_page_count=" + pages;
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    try (TestServer server = TestServer.start(content, capped, dir);
        Database outside = Database.open(capped)) {
      WebClient learner = new WebClient(server.base());
      learner.get("/quiz/new");
      String typed = quiz(learner, "short-answer");
      String ticked = quiz(learner, "multi-choice");
      HttpResponse<String> typedPage = learner.follow(typed);
      HttpResponse<String> tickedPage = learner.follow(ticked);
      String typedAt = typedPage.uri().getPath();
      String tickedAt = tickedPage.uri().getPath();

      fillTheDisk(outside);

      HttpResponse<String> refused = learner.post(typedAt, "text", "Ada <Lovelace> & co");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(refused.body())
          .contains("disk is full.")
          .contains("Your answer to this question was not saved.")
          .contains(PageAnswers.questionId(typedPage.body()))
          .contains("value=\"Ada &lt;Lovelace&gt; &amp; co\"")
          .doesNotContain("answers so far are saved");

      HttpResponse<String> refusedTicks = learner.post(tickedAt, "choice", "1", "choice", "2");
      assertThat(refusedTicks.statusCode()).isEqualTo(503);
      assertThat(refusedTicks.body())
          .containsPattern("value=\"1\"[^>]*checked")
          .containsPattern("value=\"2\"[^>]*checked")
          .doesNotContainPattern("value=\"0\"[^>]*checked")
          .contains("Your answer to this question was not saved.");
      assertThat(learnersAnswers(outside)).isZero();

      outside.write(
          h -> h.createUpdate("DELETE FROM answers WHERE attempt_id = 'filler'").execute());
      outside.write(
          h -> h.createUpdate("DELETE FROM settings WHERE name LIKE 'filler%'").execute());

      assertThat(learner.post(typedAt, "text", "Ada <Lovelace> & co").statusCode()).isEqualTo(303);
      assertThat(learner.post(tickedAt, "choice", "1", "choice", "2").statusCode()).isEqualTo(303);
      assertThat(learnersAnswers(outside)).isEqualTo(2);
    }
  }

  /**
   * Takes every free page (settings rows, large then small), then fills the answers table's page
   * with tiny rows of a filler attempt until even one of those no longer fits: a learner's answer,
   * larger than those, then needs a page the file may not have.
   */
  private static void fillTheDisk(Database db) {
    db.write(
        h -> {
          h.execute("INSERT INTO learners (id, resume_code, created_at) VALUES ('filler', 'F', 0)");
          return h.execute(
              "INSERT INTO attempts (id, learner_id, seed, mode, request, question_ids,"
                  + " library_version, created_at) VALUES ('filler', 'filler', 0, 'test', '',"
                  + " '', '', 0)");
        });
    int n = 0;
    for (int size = 100_000; size >= 10; size /= 10) {
      while (fits(db, "filler-" + n++, size)) {
        // another program takes the space
      }
    }
    for (int position = 0; ; position++) {
      int p = position;
      Throwable full =
          catchThrowable(
              () ->
                  db.write(
                      h ->
                          h.execute(
                              "INSERT INTO answers (attempt_id, position, question_id, response,"
                                  + " score, answered_at) VALUES ('filler', ?, 'q', 'x', 0, 0)",
                              p)));
      if (full != null) {
        assertThat(StoreFailures.explain(full)).hasValue("error.store.disk-full");
        return;
      }
    }
  }

  private static boolean fits(Database db, String name, int size) {
    Throwable full = catchThrowable(() -> db.write(h -> insertFiller(h, name, size)));
    if (full != null) {
      assertThat(StoreFailures.explain(full)).hasValue("error.store.disk-full");
    }
    return full == null;
  }

  /** A one-question test-mode quiz of {@code type}; its address. */
  private static String quiz(WebClient learner, String type) {
    HttpResponse<String> started =
        learner.post("/quiz", "type", type, "count", "1", "mode", "test");
    assertThat(started.statusCode()).isEqualTo(303);
    return WebClient.location(started);
  }

  private static int learnersAnswers(Database db) {
    return db.read(
        h ->
            h.createQuery("SELECT COUNT(*) FROM answers WHERE attempt_id <> 'filler'")
                .mapTo(Integer.class)
                .one());
  }

  private static int insertFiller(org.jdbi.v3.core.Handle h, String name, int size) {
    return h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :v)")
        .bind("name", name)
        .bind("v", "x".repeat(size))
        .execute();
  }
}
