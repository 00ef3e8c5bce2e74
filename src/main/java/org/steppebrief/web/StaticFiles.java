package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The style sheet, script and icon under {@code templates/web/static/}, held in memory and served
 * by exact name. A name is looked up, never resolved as a path, so no encoding of {@code ..} can
 * reach another file. (Javalin's own static handler was consulted on every request, pages included,
 * and cost a sixth of the question page's throughput.) With --reload they are read again on every
 * request.
 */
final class StaticFiles {
  private static final Logger LOG = LoggerFactory.getLogger(StaticFiles.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
  static final int MAX_FILES = 100;
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2",
          "txt", "text/plain; charset=utf-8");

  private record File(byte[] bytes, String type, String etag) {}

  private final Path dir;
  private final boolean reload;
  private final Map<String, File> files;

  StaticFiles(Path dir, boolean reload) {
    this.dir = dir;
    this.reload = reload;
    this.files = reload ? Map.of() : load(dir);
  }

  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    File file = (reload ? load(dir) : files).get(NAME.matcher(name).matches() ? name : "");
    if (file == null) {
      throw new NotFoundResponse("error.no-page");
    }
    // Always revalidated (a new version is seen at once); unchanged files cost a 304.
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", file.etag());
    if (file.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(file.type());
    ctx.result(file.bytes());
  }

  private static Map<String, File> load(Path dir) {
    Map<String, File> loaded = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return loaded;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path path : entries.sorted().toList()) {
        String name = path.getFileName().toString();
        Optional<String> type = typeOf(name);
        if (!Files.isRegularFile(path) || !NAME.matcher(name).matches() || type.isEmpty()) {
          continue;
        }
        if (Files.size(path) > MAX_FILE_BYTES || loaded.size() >= MAX_FILES) {
          LOG.warn(
              "not serving {}: static files are limited to {} of at most 2 MB", path, MAX_FILES);
          continue;
        }
        byte[] bytes = Files.readAllBytes(path);
        loaded.put(name, new File(bytes, type.get(), etag(bytes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the static files in " + dir, e);
    }
    return Map.copyOf(loaded);
  }

  private static Optional<String> typeOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1)));
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
