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
 * pandoc-style golden files: the special-characters fixture sheet and the GIFT, Moodle XML, QTI,
 * Anki and CSV it must produce, under src/test/resources/fixtures/exports/, reviewed like code; any
 * difference fails. The content version (a hash of the fixture files) is written as {version}; the
 * QTI zip as its entries in order, each after a line "=== name ===". After a deliberate change,
 * regenerate them with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the
 * diff.
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

  @Test
  void qtiPackageOfTheSpecialCharactersSheetIsTheReviewedOne() throws IOException {
    assertGolden(new QtiPackageWriter(), "special-characters.qti.txt");
  }

  @Test
  void ankiNotesOfTheSpecialCharactersSheetAreTheReviewedOnes() throws IOException {
    assertGolden(new AnkiWriter(), "special-characters.anki.txt");
  }

  @Test
  void factsCsvOfTheSpecialCharactersSheetIsTheReviewedOne() throws IOException {
    assertGolden(new FactsCsvWriter(), "special-characters.facts.csv");
  }

  /** The export as text: a zip as its entries, in order, each after a "=== name ===" line. */
  private static String text(byte[] bytes) {
    if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder();
    QtiPackageWriterTest.unzip(bytes)
        .forEach(
            (name, content) ->
                out.append("=== ")
                    .append(name)
                    .append(" ===\n")
                    .append(new String(content, StandardCharsets.UTF_8))
                    .append('\n'));
    return out.toString();
  }

  private void assertGolden(ExportWriter writer, String name) throws IOException {
    Library library = ExportLibraries.specialCharacters(dir);
    String actual =
        text(writer.write(ExportSelection.of(library, List.of(), false)).bytes())
            .replace(library.version(), "{version}");
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
