package org.steppebrief.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.SourceLock;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.quiz.QuestionChecks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: validates the content and prints what it holds. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validates the sources and every fact sheet, then prints a summary.",
      "Exit status: 0 clean (warnings allowed), 1 content problems, 2 usage error."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Folder holding seeds/ and questions/ (default: the current folder).")
  Path content = Path.of(".");

  @Option(names = "--json", description = "Print the diagnostics and the summary as JSON.")
  boolean json;

  @Option(
      names = "--uncited",
      description = "List the body passages and sentences that no fact cites yet.")
  boolean uncited;

  @Option(
      names = "--skipped",
      description = "With --uncited, also list the sentences sources.yaml skips, with the reasons.")
  boolean skipped;

  @Option(
      names = "--update-lock",
      description =
          "Accept the source texts as they are now: write seeds/sources.lock (each text's SHA-256"
              + " and where each fact's quote is). Refused while the content has errors.")
  boolean updateLock;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Only report problems in these topic files (all content is still loaded).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    Path root = content.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("seeds"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no seeds/ folder in " + root + "; pass --content DIR");
    }
    Set<String> only = new HashSet<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      if (!Files.isRegularFile(absolute) || !absolute.startsWith(root.resolve("questions"))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), file + " is not a file in " + root.resolve("questions"));
      }
      only.add(root.relativize(absolute).toString().replace('\\', '/'));
    }
    LibraryLoader.Result result = LibraryLoader.load(root);
    PrintWriter out = spec.commandLine().getOut();
    if (updateLock) {
      return updateLock(root, result, out);
    }
    // The loader checks what YAML says; QuestionChecks what the grading and holder rules make of
    // it; the lock, whether the source texts moved under the facts.
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(QuestionChecks.of(result.library()));
    Diagnostics lockProblems = new Diagnostics();
    Optional<SourceLock> lock = SourceLock.read(root, lockProblems);
    all.addAll(lockProblems.sorted());
    lock.ifPresent(l -> all.addAll(l.drift(root, result.library())));
    all.sort(
        Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
    List<Diagnostic> shown =
        all.stream()
            .filter(d -> only.isEmpty() || only.contains(d.file()) || d.file().startsWith("seeds"))
            .toList();
    LibrarySummary summary = LibrarySummary.of(result.library());
    if (json) {
      out.println(summary.toJson(shown));
    } else {
      for (Diagnostic d : shown) {
        out.println(d.format());
      }
      if (!shown.isEmpty()) {
        out.println();
      }
      out.print(
          summary.toText(
              !uncited
                  ? LibrarySummary.Listing.NONE
                  : skipped
                      ? LibrarySummary.Listing.UNCITED_AND_SKIPPED
                      : LibrarySummary.Listing.UNCITED));
      if (lock.isEmpty()) {
        out.println(
            "note: no "
                + SourceLock.FILE
                + ", so a change to a source text goes unnoticed; `check --update-lock` writes it");
      }
      long errors = shown.stream().filter(Diagnostic::isError).count();
      long warnings = shown.size() - errors;
      out.println(
          errors == 0 && warnings == 0
              ? "OK: no problems"
              : errors
                  + (errors == 1 ? " error, " : " errors, ")
                  + warnings
                  + (warnings == 1 ? " warning" : " warnings"));
    }
    out.flush();
    return shown.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
  }

  /** Writes the lock for content without errors; with errors the facts would be lost from it. */
  private int updateLock(Path root, LibraryLoader.Result result, PrintWriter out) {
    if (result.hasErrors()) {
      result.diagnostics().stream()
          .filter(Diagnostic::isError)
          .forEach(d -> out.println(d.format()));
      out.println();
      out.println(
          SourceLock.FILE
              + " not written: fix the errors first (a fact whose quote is not found would drop"
              + " out of the lock)");
      out.flush();
      return 1;
    }
    SourceLock lock = SourceLock.of(root, result.library());
    lock.write(root);
    out.println(
        "wrote "
            + SourceLock.FILE
            + ": "
            + lock.sources().size()
            + " sources, "
            + lock.facts().size()
            + " facts");
    out.flush();
    return 0;
  }
}
