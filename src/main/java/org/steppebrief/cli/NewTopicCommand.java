package org.steppebrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.steppebrief.content.TopicSkeleton;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new-topic}: writes a commented skeleton topic file for an author to fill in. */
@Command(
    name = "new-topic",
    mixinStandardHelpOptions = true,
    description =
        "Writes questions/ID.yaml: a commented skeleton topic whose TODOs, once filled, pass check.")
final class NewTopicCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The topic id: lower-case words joined by -.")
  String id;

  @Option(names = "--title", required = true, description = "The topic's title.")
  String title;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Folder holding seeds/ and questions/ (default: .).")
  Path content = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Path file;
    try {
      file = TopicSkeleton.write(content, id, title);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().println("wrote " + file);
    spec.commandLine()
        .getOut()
        .println(
            "fill in every TODO (passages SOURCE shows the words to quote), then run: check "
                + content.relativize(file));
    return 0;
  }
}
