package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.store.Database;

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
}
