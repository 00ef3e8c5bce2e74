package org.steppebrief.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL store: SQLite in a file by default, PostgreSQL when given a {@code jdbc:postgresql:} URL.
 * Opening it migrates the schema with Flyway, so every node of a cluster runs the same one.
 *
 * <p>Stores go through {@link #read} and {@link #write}. A write is one transaction, committed
 * before {@code write} returns; on SQLite the writes of concurrent callers share transactions
 * ({@link GroupCommit}). A {@code read} or {@code write} made inside a write's work joins that
 * write's transaction, so work written in several stores commits or fails as one.
 */
public final class Database implements AutoCloseable {
  /** The handle of the write running on this thread, if any. */
  static final ThreadLocal<Handle> IN_WRITE = new ThreadLocal<>();

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final boolean sqlite;
  private final GroupCommit groupCommit;
  private final PreparedStatements prepared;

  /** Work on the database through a handle. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Handle h);
  }

  /** Sets the parameters of a {@link #query}. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads the whole result of a {@link #query}. */
  @FunctionalInterface
  public interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private Database(HikariDataSource dataSource, boolean sqlite) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
    this.jdbi = Jdbi.create(dataSource);
    this.groupCommit = sqlite ? new GroupCommit(jdbi) : null;
    this.prepared = sqlite ? new PreparedStatements() : null;
  }

  /** The default store: a SQLite file in the data folder. */
  public static String defaultUrl(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.resolve("steppe-brief.db").toAbsolutePath();
  }

  public static Database open(String jdbcUrl) {
    boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
    boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    if (!sqlite && !postgres) {
      throw new IllegalArgumentException(
          "unsupported database URL (use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): "
              + redact(jdbcUrl));
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("steppe-brief");
    if (sqlite) {
      createParentFolder(jdbcUrl);
      // WAL lets readers run beside the one writer; synchronous=FULL makes a commit durable
      // before the answer's response is sent, so kill -9 loses nothing that was answered.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
      config.setMaximumPoolSize(8);
    } else {
      config.setMaximumPoolSize(16);
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw cannotOpen(jdbcUrl, sqlite, e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw cannotOpen(jdbcUrl, sqlite, e);
    }
    return new Database(dataSource, sqlite);
  }

  /**
   * A SQLite file that cannot be opened or written (a read-only folder or disk, a folder in its
   * place) is a mistake in the set-up, not a bug: one sentence naming the file and what to do.
   */
  private static RuntimeException cannotOpen(String jdbcUrl, boolean sqlite, RuntimeException e) {
    for (Throwable t = e; sqlite && t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("SQLITE_CANTOPEN")
          || message.contains("SQLITE_READONLY")
          || message.contains("SQLITE_PERM")) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "");
        return new IllegalStateException(
            "cannot open the database file "
                + file
                + " for writing: make its folder writable by this user, or pass --data DIR"
                + " (or --db URL) for one that is",
            e);
      }
    }
    return e;
  }

  private static void createParentFolder(String jdbcUrl) {
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create the data folder " + parent, e);
    }
  }

  /** A JDBC URL with any password taken out, for logs and messages. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl
        .replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//[^/@]*:[^/@]*@", "//***@");
  }

  /** Runs {@code work} in a transaction that is committed, durably, before this returns. */
  public <T> T write(Work<T> work) {
    Handle current = IN_WRITE.get();
    if (current != null) {
      return nested(current, work);
    }
    if (groupCommit != null) {
      return groupCommit.write(work);
    }
    return jdbi.inTransaction(
        h -> {
          IN_WRITE.set(h);
          try {
            return work.run(h);
          } finally {
            IN_WRITE.remove();
          }
        });
  }

  /** Runs {@code work} that only reads; inside a write, it sees that write's changes. */
  public <T> T read(Work<T> work) {
    Handle current = IN_WRITE.get();
    return current != null ? work.run(current) : jdbi.withHandle(work::run);
  }

  /**
   * A read on a busy path (every question page), in plain JDBC: on SQLite the statement stays
   * prepared on each connection, and none of JDBI's per-statement set-up is paid. PostgreSQL's
   * driver keeps often-run statements prepared by itself. Inside a write it joins that write.
   */
  public <T> T query(String sql, Parameters parameters, Rows<T> rows) {
    try {
      Handle current = IN_WRITE.get();
      if (current != null) {
        return onStatement(current.getConnection(), sql, s -> read(s, parameters, rows));
      }
      try (Connection connection = dataSource.getConnection()) {
        return onStatement(connection, sql, s -> read(s, parameters, rows));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the database: " + e.getMessage(), e);
    }
  }

  /**
   * A statement that changes rows, on a busy path, in plain JDBC as {@link #query}; it must run
   * inside a {@link #write}'s work. Returns the number of rows changed.
   */
  public int update(String sql, Parameters parameters) {
    Handle current = IN_WRITE.get();
    if (current == null) {
      throw new IllegalStateException("an update runs inside a write: " + sql);
    }
    try {
      return onStatement(
          current.getConnection(),
          sql,
          s -> {
            parameters.bind(s);
            return s.executeUpdate();
          });
    } catch (SQLException e) {
      throw new IllegalStateException("could not write to the database: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface OnStatement<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  /** Runs {@code work} on the statement for {@code sql}: kept prepared on SQLite, else made. */
  private <T> T onStatement(Connection connection, String sql, OnStatement<T> work)
      throws SQLException {
    if (prepared == null) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        return work.run(statement);
      }
    }
    PreparedStatement statement =
        prepared.on(connection.unwrap(org.sqlite.SQLiteConnection.class), sql);
    try {
      return work.run(statement);
    } finally {
      statement.clearParameters();
    }
  }

  private static <T> T read(PreparedStatement statement, Parameters parameters, Rows<T> rows)
      throws SQLException {
    parameters.bind(statement);
    // Closing the result resets the statement, ending SQLite's read transaction.
    try (ResultSet result = statement.executeQuery()) {
      return rows.read(result);
    }
  }

  /** A write inside a write: a savepoint, so that its failure undoes only itself. */
  private static <T> T nested(Handle h, Work<T> work) {
    h.execute("SAVEPOINT sb_nested");
    try {
      T result = work.run(h);
      h.execute("RELEASE SAVEPOINT sb_nested");
      return result;
    } catch (RuntimeException | Error e) {
      h.execute("ROLLBACK TO SAVEPOINT sb_nested");
      h.execute("RELEASE SAVEPOINT sb_nested");
      throw e;
    }
  }

  /** Closes the pool's idle connections and replaces them, as it does when they grow old. */
  void replaceConnections() {
    dataSource.getHikariPoolMXBean().softEvictConnections();
  }

  /** The writer that groups SQLite's writes; null on PostgreSQL. */
  GroupCommit groupCommit() {
    return groupCommit;
  }

  public boolean isSqlite() {
    return sqlite;
  }

  /** Whether a connection can be had and answers a trivial query (for /ready). */
  public boolean isReachable() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      return rs.next();
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Writes a consistent copy of a SQLite database to {@code target} while it stays in use ({@code
   * VACUUM INTO} reads one snapshot: every write committed before it began is in the copy, none
   * after). PostgreSQL is backed up with its own tools (pg_dump).
   */
  public void backupTo(Path target) {
    if (!sqlite) {
      throw new IllegalStateException(
          "backup is for the SQLite store; back PostgreSQL up with pg_dump");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
      s.setString(1, target.toAbsolutePath().toString());
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("backup to " + target + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (groupCommit != null) {
      groupCommit.close();
    }
    dataSource.close();
  }
}
