package org.steppebrief.web;

import java.io.EOFException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * Failures that are the client's doing, not ours: a body that ends early (the client left), an
 * unknown charset, a malformed multipart body, a body too slow to wait for. They are answered with
 * a 4xx status and logged as one line without a stack, so a client cannot fill the log.
 */
final class ClientMistakes {
  private ClientMistakes() {}

  /** The status to answer, if {@code failure} (or anything it wraps) is the client's mistake. */
  static Optional<Integer> status(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return Optional.of(http.getCode());
      }
      if (t instanceof EOFException
          || t instanceof UnsupportedCharsetException
          || t instanceof IllegalCharsetNameException) {
        return Optional.of(400);
      }
      if (t instanceof TimeoutException) {
        return Optional.of(408);
      }
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("multipart")) {
        return Optional.of(400);
      }
    }
    return Optional.empty();
  }

  /** The innermost cause's class and message, for the one log line. */
  static String summary(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t.getCause() != null && depth < 10; depth++) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? "" : ": " + t.getMessage();
    return t.getClass().getSimpleName()
        + (message.length() > 200 ? message.substring(0, 200) : message);
  }
}
