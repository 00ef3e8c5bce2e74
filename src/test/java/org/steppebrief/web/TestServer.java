package org.steppebrief.web;

import java.nio.file.Path;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/** A real server in-process on a free port, with its own content copy and real database. */
public final class TestServer implements AutoCloseable {
  private final WebApp app;
  private final Path content;

  private TestServer(WebApp app, Path content) {
    this.app = app;
    this.content = content;
  }

  /** The fixture content (sheets by fixture name) on a new SQLite file. */
  public static TestServer withSheets(Path dir, String... sheets) {
    Path content = ContentFixture.withSheets(dir.resolve("content"), sheets);
    return start(content, TestDatabases.sqliteUrl(dir), dir);
  }

  /** The fixture content, with an instructor account already in the database. */
  public static TestServer withInstructor(
      Path dir, String name, String password, String... sheets) {
    String url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add(name, password.toCharArray(), 1L);
    }
    return start(ContentFixture.withSheets(dir.resolve("content"), sheets), url, dir);
  }

  public static TestServer start(Path content, String jdbcUrl, Path dataDir) {
    WebConfig config =
        new WebConfig("127.0.0.1", 0, jdbcUrl, dataDir, content, Path.of("templates"), false);
    return new TestServer(new WebApp(config).start(), content);
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public Path content() {
    return content;
  }

  public WebApp app() {
    return app;
  }

  @Override
  public void close() {
    app.close();
  }
}
