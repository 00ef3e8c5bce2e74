package org.steppebrief.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads a GIFT file with gift-pegjs (npm), a GIFT parser written apart from Steppe Brief, by
 * running {@code node src/test/gift/parse-gift.js}; {@code bin/test} installs it with {@code npm
 * ci}.
 */
final class GiftPegjs {
  static final Path FOLDER = Path.of("src/test/gift");

  private GiftPegjs() {}

  /** The parsed questions and categories as gift-pegjs gives them. */
  static JsonNode parse(byte[] gift, Path dir) {
    if (!Files.isDirectory(FOLDER.resolve("node_modules/gift-pegjs"))) {
      throw new AssertionError(
          "gift-pegjs is not installed: run `npm ci` in " + FOLDER + " (bin/test does)");
    }
    try {
      Path file = Files.createTempFile(dir, "export", ".gift.txt");
      Files.write(file, gift);
      Path stdout = dir.resolve("gift-pegjs.json");
      Path stderr = dir.resolve("gift-pegjs.err");
      Process node =
          new ProcessBuilder("node", FOLDER.resolve("parse-gift.js").toString(), file.toString())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        throw new AssertionError("gift-pegjs did not finish within a minute");
      }
      if (node.exitValue() != 0) {
        throw new AssertionError(
            "gift-pegjs refused the file: " + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return new ObjectMapper().readTree(stdout.toFile());
    } catch (IOException e) {
      throw new AssertionError("cannot run node (is Node installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * gift-pegjs leaves escaped characters of a matching question's right side as its internal
   * placeholders ("&&061;" for "="); its own table turns them back, as Moodle's does.
   */
  static String decodePlaceholders(String text) {
    return text.replace("&&092;", "\\")
        .replace("&&058;", ":")
        .replace("&&035;", "#")
        .replace("&&061;", "=")
        .replace("&&123;", "{")
        .replace("&&125;", "}")
        .replace("&&126;", "~")
        .replace("&&010", "\n");
  }
}
