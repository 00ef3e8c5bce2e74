package org.steppebrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;
import org.steppebrief.corpus.SourceCatalog;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code passages}: shows a source as the loader splits it, for authors writing quotes. */
@Command(
    name = "passages",
    mixinStandardHelpOptions = true,
    description = "Prints a source's passages: paragraph number, id, role, lines and clean text.")
final class PassagesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Folder holding seeds/ (default: .).")
  Path content = Path.of(".");

  @Parameters(paramLabel = "SOURCE", description = "A source id from seeds/sources.yaml.")
  String sourceId;

  @Override
  public Integer call() {
    Diagnostics problems = new Diagnostics();
    var sources = SourceCatalog.read(content.resolve("seeds"), "seeds", problems);
    PrintWriter out = spec.commandLine().getOut();
    for (Diagnostic d : problems.sorted()) {
      out.println(d.format());
    }
    Source source =
        sources.stream()
            .filter(s -> s.id().equals(sourceId))
            .findFirst()
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown source `"
                            + sourceId
                            + "`; sources are: "
                            + String.join(", ", sources.stream().map(Source::id).toList())));
    for (Passage p : source.passages()) {
      out.printf(
          "%s%-3d %-30s %-12s %-9s lines %d-%d%n    %s%n",
          p.role() == org.steppebrief.corpus.Role.NOTE ? "n" : "¶",
          p.number(),
          p.id(),
          p.role().key(),
          p.kind().key(),
          p.firstLine(),
          p.lastLine(),
          p.text());
    }
    out.flush();
    return problems.hasErrors() ? 1 : 0;
  }
}
