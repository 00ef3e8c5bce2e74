package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Library;

/**
 * pandoc-style golden file: the XHTML the briefing template makes from the small briefing fixture
 * library, before any PDF layout, under src/test/resources/fixtures/print/, reviewed like code. Any
 * difference fails, so a change to what the briefing says or how the template marks it up shows up
 * as a diff. The content version (a hash of the fixture files) is written as {version}. After a
 * deliberate change, regenerate it with {@code mvn test -Dtest=BriefingGoldenFileTest
 * -Dgolden.update=true} and review the diff.
 */
class BriefingGoldenFileTest {
  private static final Path GOLDEN = Path.of("src/test/resources/fixtures/print");

  @Test
  void instructorBriefingOfTheFixtureLibraryIsTheReviewedXhtml() throws IOException {
    Library library = Samples.briefingFixture();
    String actual =
        Samples.briefings()
            .xhtml(
                library,
                new BriefingOptions(List.of(), Edition.INSTRUCTOR, Paper.A4, false, Samples.DATE))
            .replace(library.version(), "{version}");
    Path golden = GOLDEN.resolve("briefing-fixture-instructor-a4.xhtml");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
