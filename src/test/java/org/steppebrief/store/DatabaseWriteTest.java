package org.steppebrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes through {@link Database#write}: grouped on SQLite, one transaction each on PostgreSQL. */
class DatabaseWriteTest {
  @TempDir Path dir;

  private static int put(Handle h, String name, String value) {
    return h.createUpdate("INSERT INTO settings (name, value) VALUES (:n, :v)")
        .bind("n", name)
        .bind("v", value)
        .execute();
  }

  private static List<String> names(Database db) {
    return db.read(
        h ->
            h.createQuery("SELECT name FROM settings WHERE name LIKE 't-%' ORDER BY name")
                .mapTo(String.class)
                .list());
  }

  @Test
  void concurrentWritesOnSqliteShareTransactionsAndAreAllStored() throws Exception {
    int writers = 64;
    int each = 20;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try (Database db = Database.open(TestDatabases.sqliteUrl(dir))) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  int stored = 0;
                  for (int i = 0; i < each; i++) {
                    String name = "t-%02d-%02d".formatted(writer, i);
                    stored += db.write(h -> put(h, name, "v"));
                  }
                  return stored;
                }));
      }
      long before = db.groupCommit().transactions();
      go.countDown();
      int stored = 0;
      for (Future<Integer> f : done) {
        stored += f.get();
      }
      assertThat(stored).isEqualTo(writers * each);
      assertThat(names(db)).hasSize(writers * each);
      // Grouped: far fewer commits (each one a sync to disk) than writes.
      assertThat(db.groupCommit().transactions() - before).isLessThan(writers * each / 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingWriteRollsBackOnlyItselfAndTheOthersInItsTransactionAreStored() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (Database db = Database.open(TestDatabases.sqliteUrl(dir))) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // The first write holds the writer, so the next two wait and go into one transaction.
      Future<Integer> first =
          pool.submit(
              () ->
                  db.write(
                      h -> {
                        holding.countDown();
                        await(release);
                        return put(h, "t-first", "v");
                      }));
      holding.await();
      Future<Integer> failing =
          pool.submit(
              () ->
                  db.write(
                      h -> {
                        put(h, "t-failing-part", "v");
                        throw new IllegalArgumentException("refused");
                      }));
      Future<Integer> good = pool.submit(() -> db.write(h -> put(h, "t-good", "v")));
      while (db.groupCommit().waiting() < 2) {
        Thread.sleep(5);
      }
      long before = db.groupCommit().transactions();
      release.countDown();

      assertThat(first.get()).isEqualTo(1);
      assertThat(good.get()).isEqualTo(1);
      assertThatThrownBy(failing::get).hasRootCauseMessage("refused");
      assertThat(names(db)).containsExactly("t-first", "t-good");
      // The first write's transaction, then one for the two that waited.
      assertThat(db.groupCommit().transactions() - before).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aWriteInsideAWriteJoinsItAndItsFailureUndoesOnlyItself(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      List<String> seenInside =
          db.write(
              h -> {
                put(h, "t-outer", "v");
                db.write(inner -> put(inner, "t-inner", "v"));
                try {
                  db.write(
                      inner -> {
                        put(inner, "t-undone", "v");
                        // A failing statement: on PostgreSQL it would abort the whole transaction
                        // were the inner write not its own savepoint.
                        return put(inner, "t-outer", "again");
                      });
                } catch (RuntimeException expected) {
                  // the outer work goes on
                }
                return names(db);
              });
      assertThat(seenInside).containsExactly("t-inner", "t-outer");
      assertThat(names(db)).containsExactly("t-inner", "t-outer");
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aFailingWriteStoresNothingOfItselfAndTheCallerGetsItsException(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      assertThatThrownBy(
              () ->
                  db.write(
                      h -> {
                        put(h, "t-part", "v");
                        throw new IllegalStateException("changed my mind");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("changed my mind");
      assertThat(names(db)).isEmpty();
    }
  }

  @Test
  void writesTakenBeforeCloseAreStoredAndWritesAfterItAreRefused() throws Exception {
    String url = TestDatabases.sqliteUrl(dir);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> taken = new ArrayList<>();
    Database db = Database.open(url);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    taken.add(
        pool.submit(
            () ->
                db.write(
                    h -> {
                      holding.countDown();
                      await(release);
                      return put(h, "t-00", "v");
                    })));
    holding.await();
    for (int i = 1; i < 8; i++) {
      String name = "t-%02d".formatted(i);
      taken.add(pool.submit(() -> db.write(h -> put(h, name, "v"))));
    }
    while (db.groupCommit().waiting() < 7) {
      Thread.sleep(5);
    }
    Thread closing = new Thread(db::close);
    closing.start();
    while (closing.getState() != Thread.State.WAITING) {
      Thread.sleep(5);
    }
    assertThatThrownBy(() -> db.write(h -> put(h, "t-late", "v")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    release.countDown();
    closing.join();
    for (Future<Integer> f : taken) {
      assertThat(f.get()).isEqualTo(1);
    }
    pool.shutdownNow();
    try (Database again = Database.open(url)) {
      assertThat(names(again)).hasSize(8).doesNotContain("t-late");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
