package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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

  /** The database's writer thread, which only an open SQLite database has. */
  private static boolean aDatabaseIsOpen() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("steppe-brief-writer") && t.isAlive());
  }

  private static void awaitNoOpenDatabase() throws InterruptedException {
    // The failed start closes the database it opened in the background; give it a moment.
    for (int i = 0; i < 100 && aDatabaseIsOpen(); i++) {
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
    Path file = Path.of(url.substring("jdbc:sqlite:".length()));
    for (int i = 0; i < 250 && (!Files.exists(file) || aDatabaseIsOpen()); i++) {
      Thread.sleep(20);
    }
    assertThat(file).exists();
    assertThat(aDatabaseIsOpen()).isFalse();
  }

  @Test
  void anUnsupportedDatabaseUrlStopsTheStartWithItsOwnMessage() {
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
    awaitNoOpenDatabase();
    assertThat(aDatabaseIsOpen()).isFalse();
  }
}
