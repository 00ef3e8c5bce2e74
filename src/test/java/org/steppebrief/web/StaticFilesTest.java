package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static folder: known kinds of file, by exact name, within the size limit. */
class StaticFilesTest {
  @TempDir Path dir;

  private int status(Javalin app, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private Javalin serve(boolean reload) {
    StaticFiles statics = new StaticFiles(dir, reload);
    return Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.routes.get("/static/{name}", statics::serve);
            })
        .start("127.0.0.1", 0);
  }

  @Test
  void servesOnlyKnownKindsOfFileWithinTheSizeLimit() throws Exception {
    Files.writeString(dir.resolve("site.css"), "body{}");
    Files.writeString(dir.resolve("notes.yaml"), "secret: 1");
    Files.writeString(dir.resolve(".hidden.css"), "x");
    Files.write(dir.resolve("huge.js"), new byte[(int) StaticFiles.MAX_FILE_BYTES + 1]);
    Files.createDirectories(dir.resolve("sub.css"));
    Javalin app = serve(false);
    try {
      assertThat(status(app, "/static/site.css")).isEqualTo(200);
      assertThat(status(app, "/static/notes.yaml")).isEqualTo(404);
      assertThat(status(app, "/static/.hidden.css")).isEqualTo(404);
      assertThat(status(app, "/static/huge.js")).isEqualTo(404);
      assertThat(status(app, "/static/sub.css")).isEqualTo(404);
      // Held in memory: a file added later is not served until the next start.
      Files.writeString(dir.resolve("later.css"), "p{}");
      assertThat(status(app, "/static/later.css")).isEqualTo(404);
    } finally {
      app.stop();
    }
  }

  @Test
  void withReloadAChangedOrNewFileIsServedAtOnce() throws Exception {
    Javalin app = serve(true);
    try {
      assertThat(status(app, "/static/later.css")).isEqualTo(404);
      Files.writeString(dir.resolve("later.css"), "p{}");
      assertThat(status(app, "/static/later.css")).isEqualTo(200);
    } finally {
      app.stop();
    }
  }
}
