package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;
import org.steppebrief.diagnostic.Diagnostic;

/**
 * The libraries the export tests read, and what the library says a question's feedback must carry,
 * worked out from the library itself rather than from the writers.
 */
final class ExportLibraries {
  private static Library shipped;
  private static ExportSelection shippedWithGenerated;

  private ExportLibraries() {}

  /**
   * The fixture sheet full of GIFT's special characters, quotes and Cyrillic, in a pack titled
   * "Steppe Brief" (the category the reviewed golden files file it under).
   */
  static Library specialCharacters(Path dir) {
    Path content = ContentFixture.withSheets(dir, "special-characters");
    try {
      java.nio.file.Files.writeString(content.resolve("pack.yaml"), "title: Steppe Brief\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return load(content);
  }

  /** The library the project ships (tests run in the project folder). */
  static synchronized Library shipped() {
    if (shipped == null) {
      shipped = load(Path.of("."));
    }
    return shipped;
  }

  /** Every topic of the shipped library, hand-written and generated questions. */
  static synchronized ExportSelection shippedWithGenerated() {
    if (shippedWithGenerated == null) {
      shippedWithGenerated = ExportSelection.of(shipped(), List.of(), true);
    }
    return shippedWithGenerated;
  }

  private static Library load(Path content) {
    LibraryLoader.Result result = LibraryLoader.load(content);
    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format))
        .as("content loads without errors")
        .isEmpty();
    return result.library();
  }

  /**
   * For each fact the question cites: the words it quotes as they stand in the source, the source's
   * title, every author and the paragraph ("¶12" or "note 3"), and who holds a view.
   */
  static List<List<String>> citations(Library library, Question question) {
    List<List<String>> all = new ArrayList<>();
    for (String factId : question.info().factIds()) {
      Fact fact = library.fact(factId).orElseThrow();
      Passage passage = library.passageOf(fact);
      Source source = library.source(fact.sourceId()).orElseThrow();
      List<String> parts = new ArrayList<>();
      parts.add(passage.text().substring(fact.citation().start(), fact.citation().end()));
      parts.add(source.displayTitle());
      source.authors().names().forEach(a -> parts.add(a.name()));
      parts.add(
          (passage.role() == org.steppebrief.corpus.Role.NOTE ? "note " : "¶") + passage.number());
      if (fact.kind().needsHolder()) {
        fact.saidBy().ifPresent(parts::add);
      }
      all.add(parts);
    }
    return all;
  }

  /**
   * Asserts that general feedback, as the paragraphs a reader found, starts with the question's
   * explanation and then has one paragraph per cited fact with its quote and source.
   */
  static void assertFeedbackCarriesTheEvidence(
      Library library, Question question, List<String> paragraphs) {
    assertThat(paragraphs).as("general feedback of %s", question.id()).isNotEmpty();
    // In HTML a run of white space shows as one space; a format may write it either way.
    assertThat(spaced(paragraphs.get(0)))
        .as("explanation of %s", question.id())
        .isEqualTo(spaced(question.info().explanation()));
    List<List<String>> citations = citations(library, question);
    assertThat(paragraphs)
        .as("one paragraph per cited fact of %s", question.id())
        .hasSize(1 + citations.size());
    for (int i = 0; i < citations.size(); i++) {
      assertThat(spaced(paragraphs.get(i + 1)))
          .as("citation %d of %s", i + 1, question.id())
          .startsWith("Source: ")
          .contains(citations.get(i).stream().map(ExportLibraries::spaced).toList());
    }
  }

  static String spaced(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
