package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.store.Database;
import picocli.CommandLine;

/**
 * A backup taken during a burst of writes holds every write acknowledged before it began, and a
 * restore puts it back in place of the database.
 */
class BackupRestoreTest {
  private static final int WRITERS = 8;

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static Set<String> names(Database db) {
    return Set.copyOf(
        db.read(
            h ->
                h.createQuery("SELECT name FROM settings WHERE name LIKE 'burst-%'")
                    .mapTo(String.class)
                    .list()));
  }

  @Test
  void aBackupDuringABurstHoldsEveryWriteAcknowledgedBeforeItBegan() throws Exception {
    Path data = dir.resolve("data");
    Path backup = dir.resolve("backup.db");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> beforeBackup;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try (Database db = Database.open(Database.defaultUrl(data))) {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        writers.add(
            pool.submit(
                () -> {
                  // At most 4,000 writes in all: bounded even on a fast disk.
                  while (!stop.get() && next.get() < 4000) {
                    String name = "burst-" + next.incrementAndGet();
                    db.write(
                        h ->
                            h.createUpdate("INSERT INTO settings (name, value) VALUES (:n, 'x')")
                                .bind("n", name)
                                .execute());
                    acknowledged.add(name);
                  }
                  return null;
                }));
      }
      while (acknowledged.size() < 200 && next.get() < 4000) {
        Thread.sleep(10);
      }
      beforeBackup = Set.copyOf(acknowledged);
      Run backedUp = run("backup", "--data", data.toString(), "--to", backup.toString());
      assertThat(backedUp.exit()).as(backedUp.err()).isZero();
      stop.set(true);
      for (Future<?> writer : writers) {
        writer.get();
      }
      System.out.printf(
          "BackupRestoreTest: %d writes acknowledged before the backup began, %d in all%n",
          beforeBackup.size(), acknowledged.size());
    } finally {
      pool.shutdownNow();
    }
    try (Database copy = Database.open("jdbc:sqlite:" + backup)) {
      assertThat(names(copy)).containsAll(beforeBackup);
    }

    // Restore it over the live file: the writes after the backup are gone, the earlier ones back.
    Run restored = run("restore", "--data", data.toString(), "--from", backup.toString());
    assertThat(restored.exit()).as(restored.err()).isZero();
    try (Database db = Database.open(Database.defaultUrl(data))) {
      Set<String> now = names(db);
      assertThat(now).containsAll(beforeBackup);
      try (Database copy = Database.open("jdbc:sqlite:" + backup)) {
        assertThat(now).isEqualTo(names(copy));
      }
    }
  }

  @Test
  void restoreRefusesAFileThatIsNotADatabaseAndLeavesTheOldOneAlone() throws Exception {
    Path data = dir.resolve("data");
    try (Database db = Database.open(Database.defaultUrl(data))) {
      db.write(
          h ->
              h.createUpdate("INSERT INTO settings (name, value) VALUES ('burst-1', 'x')")
                  .execute());
    }
    Path junk = java.nio.file.Files.writeString(dir.resolve("junk.db"), "not a database at all");
    Run r = run("restore", "--data", data.toString(), "--from", junk.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("junk.db");
    try (Database db = Database.open(Database.defaultUrl(data))) {
      assertThat(names(db)).containsExactly("burst-1");
    }
  }

  @Test
  void backupPointsPostgresUsersToPgDump() {
    Run r = run("backup", "--db", "jdbc:postgresql://127.0.0.1:1/x", "--to", "x.db");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("pg_dump");
  }
}
