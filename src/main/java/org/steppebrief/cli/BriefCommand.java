package org.steppebrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steppebrief.briefing.BriefingOptions;
import org.steppebrief.briefing.BriefingWriter;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.PrintTemplateException;
import org.steppebrief.briefing.PrintTemplates;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.diagnostic.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brief}: writes a briefing as PDF (and holds what {@code worksheet} shares with it). */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a briefing as a tagged, archival PDF (PDF/UA-1, PDF/A-3u) from templates/print/.",
      "Prints the file written and its page count.",
      "Exit status: 0 written, 1 content or template problems, 2 usage error."
    })
final class BriefCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "ID",
      description = "Topic ids to include, in this order (default: every topic).")
  List<String> topics = new ArrayList<>();

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

  @Option(names = "--summary", description = "The one-page summary instead of the full briefing.")
  boolean summary;

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

  @Option(
      names = "--xhtml",
      paramLabel = "FILE",
      description = "Also write the XHTML the PDF is printed from (to compare renderers).")
  Path xhtml;

  @Override
  public Integer call() throws IOException {
    BriefingOptions options;
    try {
      options =
          new BriefingOptions(
              topics,
              Edition.fromKey(edition),
              Paper.fromKey(paper),
              summary,
              date == null ? LocalDate.now() : date);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Library library = loadLibrary(content, err);
    if (library == null) {
      return 1;
    }
    try {
      BriefingWriter writer =
          new BriefingWriter(new PrintTemplates(templates, false), PdfCache.none());
      PdfRenderer.Pdf pdf = writer.write(library, options);
      Path target = out != null ? out : Path.of("exports").resolve(options.fileName());
      writeFile(target, pdf.bytes());
      if (xhtml != null) {
        writeFile(
            xhtml,
            writer.xhtml(library, options).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(target + " (" + pageCount(pdf.pages()) + ")");
      stdout.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (PrintTemplateException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** The library, or null after printing why not (content with errors never gets printed). */
  static Library loadLibrary(Path content, PrintWriter err) {
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
