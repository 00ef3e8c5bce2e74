package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Library;

/**
 * pandoc-style golden files: the special-characters fixture sheet and the GIFT and Moodle XML it
 * must produce, under src/test/resources/fixtures/exports/, reviewed like code. The content version
 * (a hash of the fixture files) is written as {version}. After a deliberate change, regenerate them
 * with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/fixtures/exports");

  @TempDir Path dir;

  @Test
  void giftOfTheSpecialCharactersSheetIsTheReviewedOne() throws IOException {
    assertGolden(new GiftWriter(), "special-characters.gift.txt");
  }

  @Test
  void moodleXmlOfTheSpecialCharactersSheetIsTheReviewedOne() throws IOException {
    assertGolden(new MoodleXmlWriter(), "special-characters.moodle.xml");
  }

  private void assertGolden(ExportWriter writer, String name) throws IOException {
    Library library = ExportLibraries.specialCharacters(dir);
    String actual =
        new String(
                writer.write(ExportSelection.of(library, List.of(), false)).bytes(),
                StandardCharsets.UTF_8)
            .replace(library.version(), "{version}");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
