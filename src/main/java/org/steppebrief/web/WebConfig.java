package org.steppebrief.web;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How a server runs: built once by the command line, read by {@link WebApp}, never global.
 *
 * @param contentDir folder holding seeds/ and questions/
 * @param templatesDir folder holding web/ (pages) and print/
 * @param reload re-read content and templates when they change
 * @param clock the time quizzes, study and printing read (tests can fix it)
 */
public record WebConfig(
    String host,
    int port,
    String jdbcUrl,
    Path dataDir,
    Path contentDir,
    Path templatesDir,
    boolean reload,
    Clock clock) {

  /** A server on the system clock. */
  public WebConfig(
      String host,
      int port,
      String jdbcUrl,
      Path dataDir,
      Path contentDir,
      Path templatesDir,
      boolean reload) {
    this(host, port, jdbcUrl, dataDir, contentDir, templatesDir, reload, Clock.systemDefaultZone());
  }
}
