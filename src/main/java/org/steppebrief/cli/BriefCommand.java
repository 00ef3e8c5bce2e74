package org.steppebrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steppebrief.briefing.BriefingOptions;
import org.steppebrief.briefing.BriefingWriter;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.PrintTemplateException;
import org.steppebrief.content.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brief}: writes a briefing as PDF. */
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

  @CommandLine.Mixin PrintOptions print;

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "ID",
      description = "Topic ids to include, in this order (default: every topic).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--summary", description = "The one-page summary instead of the full briefing.")
  boolean summary;

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
          new BriefingOptions(topics, print.edition(), print.paper(), summary, print.dateOrToday());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Library library = print.library(err);
    if (library == null) {
      return 1;
    }
    try {
      BriefingWriter writer = new BriefingWriter(print.printTemplates(), PdfCache.none());
      PdfRenderer.Pdf pdf = writer.write(library, options);
      Path target = print.target(options.fileName());
      PrintOptions.writeFile(target, pdf.bytes());
      if (xhtml != null) {
        PrintOptions.writeFile(
            xhtml,
            writer.xhtml(library, options).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(target + " (" + PrintOptions.pageCount(pdf.pages()) + ")");
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
}
