package org.steppebrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steppebrief.briefing.BriefingOptions;
import org.steppebrief.briefing.BriefingWriter;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
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
    return print.run(
        spec,
        library -> {
          BriefingWriter writer = new BriefingWriter(print.printTemplates(), PdfCache.none());
          PdfRenderer.Pdf pdf = writer.write(library, options);
          Path target = print.target(options.fileName());
          PrintOptions.writeFile(target, pdf.bytes());
          if (xhtml != null) {
            PrintOptions.writeFile(
                xhtml, writer.xhtml(library, options).getBytes(StandardCharsets.UTF_8));
          }
          return target + " (" + PrintOptions.pageCount(pdf.pages()) + ")";
        });
  }
}
