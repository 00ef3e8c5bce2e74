package org.steppebrief.study;

import java.nio.file.Path;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;

/** The fixture library for study tests: the "good" topic and the "markup-in-content" one. */
final class StudyFixtures {
  static final String GOOD = "good";
  static final String MARKUP = "markup-in-content";

  private StudyFixtures() {}

  static Library library(Path dir) {
    LibraryLoader.Result result =
        LibraryLoader.load(ContentFixture.withSheets(dir.resolve("content"), GOOD, MARKUP));
    if (result.hasErrors()) {
      throw new IllegalStateException("fixture content has errors: " + result.diagnostics());
    }
    return result.library();
  }
}
