package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.store.TestDatabases;

/** Starting: content, database and print templates are prepared side by side; any may fail. */
class WebAppStartTest {
  @TempDir Path dir;

  private static WebConfig config(Path content, String url, Path data, Path templates) {
    return new WebConfig("127.0.0.1", 0, url, data, content, templates, false);
  }

  /** Start-up's background threads and databases' writer threads that other tests left. */
  private final Set<Thread> before = ours();

  /** Live threads of background start-up work, or of an open (SQLite) database. */
  private static Set<Thread> ours() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(
            t ->
                t.getName().equals("steppe-brief-start")
                    || t.getName().equals("steppe-brief-writer"))
        .collect(Collectors.toSet());
  }

  /** Whether this test's failed start still has work running or a database open. */
  private boolean startingOrOpen() {
    Set<Thread> now = ours();
    now.removeAll(before);
    return !now.isEmpty();
  }

  /** Waits (at most 10 s) for a failed start's background work to end. */
  private void awaitBackgroundWork() throws InterruptedException {
    for (int i = 0; i < 500 && startingOrOpen(); i++) {
      Thread.sleep(20);
    }
  }

  @Test
  void contentWithErrorsStopsTheStartWithTheFirstErrorAndClosesTheDatabase() throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good", "quote-not-found");
    String url = TestDatabases.sqliteUrl(dir);
    assertThatThrownBy(() -> new WebApp(config(content, url, dir, Path.of("templates"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the content has errors")
        .hasMessageContaining("quote-not-found.yaml");
    // The database was being opened while the content was read; once open, it is closed.
    awaitBackgroundWork();
    assertThat(startingOrOpen()).isFalse();
    assertThat(Path.of(url.substring("jdbc:sqlite:".length()))).exists();
  }

  @Test
  void anUnsupportedDatabaseUrlStopsTheStartWithItsOwnMessage() throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    assertThatThrownBy(
            () ->
                new WebApp(
                    config(
                        content,
                        "jdbc:mysql://db/steppe?password=secret",
                        dir,
                        Path.of("templates"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported database URL")
        .hasMessageNotContaining("secret");
    awaitBackgroundWork();
  }

  @Test
  void missingPrintTemplatesStopTheStartAndCloseTheDatabase() throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    Path templates = dir.resolve("templates");
    // The page templates without the print ones.
    try (Stream<Path> web = Files.walk(Path.of("templates/web"))) {
      for (Path p : web.toList()) {
        Path target = templates.resolve(Path.of("templates").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    assertThatThrownBy(
            () -> new WebApp(config(content, TestDatabases.sqliteUrl(dir), dir, templates)))
        .hasMessageContaining("no print templates");
    awaitBackgroundWork();
    assertThat(startingOrOpen()).isFalse();
  }
}
