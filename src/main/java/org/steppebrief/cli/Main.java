package org.steppebrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code steppe-brief} command line: one subcommand per capability. */
@Command(
    name = "steppe-brief",
    mixinStandardHelpOptions = true,
    version = "Steppe Brief 0.1.0",
    description = "Source-grounded quizzes and briefings from verified YAML fact sheets.",
    subcommands = {
      CheckCommand.class,
      PassagesCommand.class,
      ServeCommand.class,
      BriefCommand.class,
      WorksheetCommand.class,
      InstructorCommand.class,
      ExportCommand.class,
      NewTopicCommand.class,
      BackupCommand.class,
      RestoreCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code: 0 clean, 1 content problems, 2 usage. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, for example `check`");
  }
}
