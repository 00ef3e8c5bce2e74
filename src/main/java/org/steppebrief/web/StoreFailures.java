package org.steppebrief.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures of the store that are not bugs and pass by themselves: a full disk, a database that
 * cannot be reached for a while. They are answered 503 with Retry-After and a page that says this
 * request was not saved (a write that failed was rolled back, so nothing unsaved is acknowledged).
 */
final class StoreFailures {
  static final int RETRY_AFTER_SECONDS = 30;
  private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

  private StoreFailures() {}

  /** One line, no stack: the cause is outside the program and the operator needs its words. */
  static void log(Context ctx, Throwable failure) {
    LOG.error("{} {} not stored: {}", ctx.method(), ctx.path(), ClientMistakes.summary(failure));
  }

  /** What went wrong, as the message key of words for the learner, if {@code failure} is one. */
  static Optional<String> explain(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      String state = t instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
      if (message.contains("sqlite_full")
          || message.contains("database or disk is full")
          || message.contains("no space left on device")
          || state.equals("53100")) {
        return Optional.of("error.store.disk-full");
      }
      if (t instanceof SQLTransientConnectionException
          || state.startsWith("08")
          // 57P01-57P03: the server is shutting down, crashed, or not yet accepting connections.
          || state.startsWith("57P")
          || message.contains("connection is not available")
          || message.contains("connection refused")) {
        return Optional.of("error.store.unreachable");
      }
    }
    return Optional.empty();
  }
}
