package org.steppebrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A throw-away content folder: the mini paper's seeds plus the named fact-sheet fixtures. */
public final class ContentFixture {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  private ContentFixture() {}

  /**
   * Builds {@code dir}/seeds and {@code dir}/questions holding the given sheets (by fixture name).
   */
  public static Path withSheets(Path dir, String... sheets) {
    try {
      Files.createDirectories(dir.resolve("seeds"));
      Files.createDirectories(dir.resolve("questions"));
      try (Stream<Path> seeds = Files.list(FIXTURES.resolve("seeds"))) {
        for (Path seed : seeds.toList()) {
          Files.copy(seed, dir.resolve("seeds").resolve(seed.getFileName()));
        }
      }
      for (String sheet : sheets) {
        Files.copy(
            FIXTURES.resolve("sheets").resolve(sheet + ".yaml"),
            dir.resolve("questions").resolve(sheet + ".yaml"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
