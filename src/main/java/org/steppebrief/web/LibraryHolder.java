package org.steppebrief.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.quiz.QuestionBank;

/**
 * The library the server shows, swapped whole on reload. Content with errors never replaces a good
 * library: learners keep the last one that validated.
 */
public final class LibraryHolder {
  private static final Logger LOG = LoggerFactory.getLogger(LibraryHolder.class);

  private final Path contentDir;
  private final AtomicReference<Loaded> current = new AtomicReference<>();

  /** A validated library with its question bank (hand-written and generated). */
  public record Loaded(Library library, QuestionBank questions) {
    static Loaded of(Library library) {
      return new Loaded(library, QuestionBank.of(library));
    }

    /** Every question, hand-written then generated. */
    public List<Question> bank() {
      return questions.all();
    }

    public Optional<Question> question(String id) {
      return questions.question(id);
    }

    /** Facts by id, in library order. */
    public Map<String, Fact> facts() {
      return library.factsById();
    }
  }

  private LibraryHolder(Path contentDir, Loaded first) {
    this.contentDir = contentDir;
    current.set(first);
  }

  /** Loads the content, refusing to start on content with errors. */
  public static LibraryHolder load(Path contentDir) {
    LibraryLoader.Result result = LibraryLoader.load(contentDir);
    if (result.hasErrors()) {
      throw new IllegalStateException(
          "the content has errors; run `check` to see them. First: "
              + result.diagnostics().stream()
                  .filter(Diagnostic::isError)
                  .findFirst()
                  .orElseThrow()
                  .format());
    }
    return new LibraryHolder(contentDir, Loaded.of(result.library()));
  }

  public Loaded get() {
    return current.get();
  }

  /** Re-reads the content; keeps the current library if the new content has errors. */
  public boolean reload() {
    LibraryLoader.Result result = LibraryLoader.load(contentDir);
    if (result.hasErrors()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      LOG.warn(
          "reload refused: {} content error(s), still serving {}; first: {}",
          errors,
          current.get().library().version(),
          result.diagnostics().stream()
              .filter(Diagnostic::isError)
              .findFirst()
              .orElseThrow()
              .format());
      return false;
    }
    current.set(Loaded.of(result.library()));
    LOG.info("reloaded content {}", result.library().version());
    return true;
  }
}
