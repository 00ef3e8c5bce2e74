package org.steppebrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Database#query}: plain JDBC reads, their statements kept prepared on SQLite. */
class DatabaseQueryTest {
  @TempDir Path dir;

  private static Optional<String> value(Database db, String name) {
    return db.query(
        "SELECT value FROM settings WHERE name = ?",
        s -> s.setString(1, name),
        rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
  }

  private static void put(Database db, String name, String value) {
    db.write(
        h ->
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:n, :v)")
                .bind("n", name)
                .bind("v", value)
                .execute());
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void readsWhatIsStoredWithTheParametersOfEachCall(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      put(db, "t-a", "alpha");
      put(db, "t-b", "beta");
      for (int i = 0; i < 3; i++) {
        assertThat(value(db, "t-a")).contains("alpha");
        assertThat(value(db, "t-b")).contains("beta");
        assertThat(value(db, "t-none")).isEmpty();
      }
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void insideAWriteItSeesThatWritesChangesBeforeTheyAreCommitted(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      Optional<String> seen =
          db.write(
              h -> {
                h.execute("INSERT INTO settings (name, value) VALUES ('t-new', 'uncommitted')");
                return value(db, "t-new");
              });
      assertThat(seen).contains("uncommitted");
    }
  }

  @Test
  void keepsWorkingFromManyThreadsAndAfterThePoolReplacesItsConnections() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (Database db = TestDatabases.open("sqlite", dir)) {
      for (int i = 0; i < 20; i++) {
        put(db, "t-" + i, "v" + i);
      }
      for (int round = 0; round < 2; round++) {
        List<Future<Boolean>> checks = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          checks.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 200; i++) {
                      int k = i % 20;
                      if (!value(db, "t-" + k).equals(Optional.of("v" + k))) {
                        return false;
                      }
                    }
                    return true;
                  }));
        }
        for (Future<Boolean> check : checks) {
          assertThat(check.get()).isTrue();
        }
        // The pool closes its connections, and with them their prepared statements.
        db.replaceConnections();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void anUpdateRunsOnlyInsideAWriteAndCountsTheRowsItChanged(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      put(db, "t-a", "alpha");
      assertThatThrownBy(
              () -> db.update("DELETE FROM settings WHERE name = ?", s -> s.setString(1, "t-a")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inside a write");
      int changed =
          db.write(
              h ->
                  db.update(
                          "UPDATE settings SET value = ? WHERE name LIKE ?",
                          s -> {
                            s.setString(1, "changed");
                            s.setString(2, "t-%");
                          })
                      + db.update(
                          "UPDATE settings SET value = ? WHERE name = ?",
                          s -> {
                            s.setString(1, "x");
                            s.setString(2, "t-none");
                          }));
      assertThat(changed).isEqualTo(1);
      assertThat(value(db, "t-a")).contains("changed");
    }
  }

  @Test
  void aBadQuerySaysWhatWentWrong() {
    try (Database db = TestDatabases.open("sqlite", dir)) {
      assertThatThrownBy(() -> db.query("SELECT value FROM nowhere", s -> {}, rs -> rs.next()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("nowhere");
    }
  }
}
