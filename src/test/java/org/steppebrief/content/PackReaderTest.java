package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.diagnostic.Diagnostic;

class PackReaderTest {
  @TempDir Path dir;

  @Test
  void aFolderWithoutAPackFileTakesNeutralDefaultsFromItsContent() {
    LibraryLoader.Result result = LibraryLoader.load(ContentFixture.withSheets(dir, "good"));
    Pack pack = result.library().pack();
    assertThat(result.hasErrors()).isFalse();
    assertThat(pack.declared()).isFalse();
    assertThat(pack.title()).isEqualTo("A good topic");
    assertThat(pack.language()).isEqualTo("en");
    assertThat(pack.subtitle()).isEmpty();
  }

  @Test
  void readsThePackFileAndReportsUnknownFieldsAndBadLanguageTags() throws Exception {
    Path content = ContentFixture.withSheets(dir, "good");
    Files.writeString(
        content.resolve("pack.yaml"),
        "title: Trade links\nsubtitle: From the sources\nlanguage: not a tag\nlicense: CC0\n");
    LibraryLoader.Result result = LibraryLoader.load(content);
    Pack pack = result.library().pack();
    assertThat(pack.title()).isEqualTo("Trade links");
    assertThat(pack.subtitle()).contains("From the sources");
    assertThat(pack.language()).isEqualTo("en");
    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format))
        .anySatisfy(d -> assertThat(d).contains("pack.yaml:4:1").contains("did you mean `licence`"))
        .anySatisfy(d -> assertThat(d).contains("pack.yaml:3").contains("not a language tag"));
  }

  @Test
  void theShippedPackNamesItself() {
    Pack pack = LibraryLoader.load(Path.of(".")).library().pack();
    assertThat(pack.declared()).isTrue();
    assertThat(pack.title()).isNotBlank();
  }
}
