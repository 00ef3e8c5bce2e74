package org.steppebrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PrintTemplateException;
import org.steppebrief.briefing.PrintTemplates;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.diagnostic.Diagnostic;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options and file handling that {@code brief} and {@code worksheet} share (a mixin). */
final class PrintOptions {
  @Option(
      names = "--edition",
      defaultValue = "student",
      paramLabel = "EDITION",
      description =
          "student (no answers) or instructor (with the answer key); default ${DEFAULT-VALUE}.")
  String edition;

  @Option(
      names = "--paper",
      defaultValue = "a4",
      paramLabel = "SIZE",
      description = "a4 or letter; default ${DEFAULT-VALUE}.")
  String paper;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the PDF (default: exports/ with a name that says what it is).")
  Path out;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date printed on it and written as its creation date (default: today).")
  LocalDate date;

  @Option(
      names = "--content",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "Folder holding seeds/ and questions/ (default: the current folder).")
  Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      paramLabel = "DIR",
      description = "Templates folder holding print/ (default ${DEFAULT-VALUE}).")
  Path templates;

  Edition edition() {
    return Edition.fromKey(edition);
  }

  Paper paper() {
    return Paper.fromKey(paper);
  }

  /** The clock "today" is read from when no --date is given (a test can fix it). */
  Clock clock = Clock.systemDefaultZone();

  LocalDate dateOrToday() {
    return date == null ? LocalDate.now(clock) : date;
  }

  PrintTemplates printTemplates() {
    return new PrintTemplates(templates, false);
  }

  /** Where to write: {@code --out}, or {@code exports/} with the given readable name. */
  Path target(String fileName) {
    return out != null ? out : Path.of("exports").resolve(fileName);
  }

  /** The library, or null after printing why not (content with errors never gets printed). */
  Library library(PrintWriter err) {
    LibraryLoader.Result result = LibraryLoader.load(content);
    if (result.hasErrors()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      err.println(
          "error: the content has "
              + errors
              + " error(s); run `check` to see them. First: "
              + result.diagnostics().stream()
                  .filter(Diagnostic::isError)
                  .findFirst()
                  .orElseThrow()
                  .format());
      err.flush();
      return null;
    }
    return result.library();
  }

  /** What a print command does with the library; returns the line that reports what it wrote. */
  @FunctionalInterface
  interface Printing {
    String print(Library library) throws IOException;
  }

  /**
   * Loads the library and runs {@code printing}, printing its report line. Exit status 1 for
   * content or template problems (said on stderr); options the writer refuses are a usage error.
   */
  int run(CommandSpec spec, Printing printing) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Library library = library(err);
    if (library == null) {
      return 1;
    }
    try {
      String report = printing.print(library);
      PrintWriter out = spec.commandLine().getOut();
      out.println(report);
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (PrintTemplateException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Writes through a temporary file, so a reader never sees half a PDF. */
  static void writeFile(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".writing-", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String pageCount(int pages) {
    return pages + (pages == 1 ? " page" : " pages");
  }
}
