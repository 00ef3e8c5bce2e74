package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;

class LibraryHolderTest {
  @TempDir Path dir;

  @Test
  void aReloadWithBadContentKeepsServingTheLastGoodLibrary() throws Exception {
    Path content = ContentFixture.withSheets(dir, "good");
    LibraryHolder holder = LibraryHolder.load(content);
    String good = holder.get().library().version();
    Path sheet = content.resolve("questions/good.yaml");
    String original = Files.readString(sheet);

    Files.writeString(
        sheet,
        original.replace(
            "quote: \"The partnership began in 1994", "quote: \"The partnership ended in 1994"));
    assertThat(holder.reload()).isFalse();
    assertThat(holder.get().library().version()).isEqualTo(good);
    assertThat(holder.get().question("good-q-year")).isPresent();

    Files.writeString(sheet, original.replace("title: A good topic", "title: A better topic"));
    assertThat(holder.reload()).isTrue();
    assertThat(holder.get().library().version()).isNotEqualTo(good);
    assertThat(holder.get().library().topic("good").orElseThrow().title())
        .isEqualTo("A better topic");
  }
}
