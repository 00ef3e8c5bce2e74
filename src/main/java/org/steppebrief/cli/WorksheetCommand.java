package org.steppebrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.content.QuestionType;
import org.steppebrief.worksheet.Variant;
import org.steppebrief.worksheet.WorksheetOptions;
import org.steppebrief.worksheet.WorksheetWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code worksheet}: writes a printable quiz as PDF, in variant A or B. */
@Command(
    name = "worksheet",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a worksheet as a tagged, archival PDF: name and date fields, numbered questions with",
      "marks and room to write; the instructor edition adds an answer key on pages of its own.",
      "Variants A and B hold the same questions in different orders; the same seed gives the same",
      "worksheet again. Prints the file written, its page count and the seed.",
      "Exit status: 0 written, 1 content or template problems, 2 usage error."
    })
final class WorksheetCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PrintOptions print;

  @Option(
      names = "--topics",
      split = ",",
      paramLabel = "ID",
      description = "Topic ids to draw from (default: every topic).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--types",
      split = ",",
      paramLabel = "TYPE",
      description =
          "Question types: single-choice, multi-choice, true-false, ordering, matching,"
              + " short-answer, cloze (default: all).")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--count",
      defaultValue = "10",
      paramLabel = "N",
      description = "How many questions (default ${DEFAULT-VALUE}, at most 60).")
  int count;

  @Option(
      names = "--variant",
      defaultValue = "A",
      paramLabel = "A|B",
      description = "Which variant to print (default ${DEFAULT-VALUE}).")
  String variant;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the draw and of both variants' orders (default: a new random one).")
  Long seed;

  @Override
  public Integer call() throws IOException {
    WorksheetOptions options;
    try {
      Set<QuestionType> chosen = new HashSet<>();
      for (String key : types) {
        chosen.add(
            QuestionType.fromKey(key.strip())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown question type `" + key + "`; see --help for the types")));
      }
      options =
          new WorksheetOptions(
              topics,
              chosen,
              count,
              Variant.fromKey(variant),
              seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE,
              print.edition(),
              print.paper(),
              print.dateOrToday());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return print.run(
        spec,
        library -> {
          WorksheetWriter writer = new WorksheetWriter(print.printTemplates(), PdfCache.none());
          PdfRenderer.Pdf pdf = writer.write(library, options);
          Path target = print.target(options.fileName());
          PrintOptions.writeFile(target, pdf.bytes());
          return target
              + " ("
              + PrintOptions.pageCount(pdf.pages())
              + ", variant "
              + options.variant()
              + ", seed "
              + Long.toUnsignedString(options.seed())
              + ")";
        });
  }
}
