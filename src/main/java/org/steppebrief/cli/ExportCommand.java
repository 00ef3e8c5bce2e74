package org.steppebrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.export.ExportFormats;
import org.steppebrief.export.ExportResult;
import org.steppebrief.export.ExportSelection;
import org.steppebrief.export.ExportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: writes the question bank or the facts in a format other systems import. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the questions (or, for csv, the facts) in a format other systems import, then prints"
          + " the file's path, how many it holds and what the format could not express.",
      "Exit status: 0 written (skipped questions allowed), 1 content problems, 2 usage error."
    })
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description =
          "One of ${COMPLETION-CANDIDATES}: GIFT and Moodle XML for Moodle, a QTI 2.1 package,"
              + " Anki notes, or the facts with their citations as CSV.")
  String format;

  /** The formats the registry knows, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ExportFormats.all().stream().map(ExportWriter::format).iterator();
    }
  }

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "TOPIC",
      description = "Only these topics, by id, comma-separated (default: all).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--generated",
      description = "Add the questions generated from the facts (years, holders, chronology).")
  boolean generated;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Where to write (default: exports/ in the content folder, with a readable name).")
  Path out;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Folder holding seeds/ and questions/ (default: the current folder).")
  Path content = Path.of(".");

  @Override
  public Integer call() {
    ExportWriter writer =
        ExportFormats.byName(format)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown format `" + format + "`; use one of " + ExportFormats.names()));
    Path root = content.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("seeds"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no seeds/ folder in " + root + "; pass --content DIR");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    LibraryLoader.Result loaded = LibraryLoader.load(root);
    if (loaded.hasErrors()) {
      loaded.diagnostics().stream()
          .filter(Diagnostic::isError)
          .forEach(d -> stderr.println(d.format()));
      stderr.println("nothing exported: the content has errors (run `check` for details)");
      stderr.flush();
      return 1;
    }
    ExportSelection selection;
    try {
      selection = ExportSelection.of(loaded.library(), topics, generated);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ExportResult result = writer.write(selection);
    Path file = out != null ? out : root.resolve("exports").resolve(writer.fileName(selection));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, result.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    stdout.println("wrote " + file);
    stdout.println("exported " + result.count() + " " + writer.unit());
    result.warning().ifPresent(w -> stderr.println("warning: " + w));
    result.notes().forEach(n -> stderr.println("note: " + n));
    stdout.flush();
    stderr.flush();
    return 0;
  }
}
