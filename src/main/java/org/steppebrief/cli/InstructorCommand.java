package org.steppebrief.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code instructor add NAME}: creates an instructor account, or sets a new password (which ends
 * the old sessions); {@code instructor signout-all NAME} ends every session of one instructor.
 */
@Command(
    name = "instructor",
    mixinStandardHelpOptions = true,
    description = "Manages instructor accounts.",
    subcommands = {InstructorCommand.Add.class, InstructorCommand.SignOutAll.class})
final class InstructorCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: add, signout-all");
  }

  /** Adds an instructor; the password is asked on the terminal, never taken as an argument. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Adds an instructor (or sets a new password, ending the sessions signed in with the"
              + " old one); asks for the password.")
  static final class Add implements Callable<Integer> {
    static final int MIN_PASSWORD = 10;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Sign-in name.")
    String name;

    @Option(
        names = "--db",
        defaultValue = "${env:STEPPE_DB}",
        paramLabel = "JDBC-URL",
        description = "Database (default: SQLite file in the data folder).")
    String db;

    @Option(
        names = "--data",
        defaultValue = "${env:STEPPE_DATA:-data}",
        paramLabel = "DIR",
        description = "Data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(
        names = "--password-stdin",
        description =
            "Read the password from standard input (for scripts) instead of the terminal.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      if (!name.matches("[A-Za-z0-9._@-]{1,100}")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "a name is 1-100 letters, digits, or . _ @ -");
      }
      char[] password = readPassword();
      try {
        if (password.length < MIN_PASSWORD) {
          spec.commandLine()
              .getErr()
              .println(
                  "A password needs at least " + MIN_PASSWORD + " characters; nothing was saved.");
          return 1;
        }
        String url = db == null || db.isBlank() ? Database.defaultUrl(data) : db;
        try (Database database = Database.open(url)) {
          boolean created =
              new InstructorAccounts(database).add(name, password, System.currentTimeMillis());
          spec.commandLine()
              .getOut()
              .println(
                  created
                      ? "Added instructor " + name + "."
                      : "Set a new password for " + name + "; their old sessions are ended.");
        }
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private char[] readPassword() throws IOException {
      Console console = System.console();
      if (!passwordStdin && console != null) {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] again = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, again)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "the passwords do not match; nothing was saved");
        }
        Arrays.fill(again, '\0');
        return first;
      }
      if (!passwordStdin) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no terminal to ask for the password on; pass --password-stdin");
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? new char[0] : line.toCharArray();
    }
  }

  /** Ends every sign-in session of one instructor, on every node. */
  @Command(
      name = "signout-all",
      mixinStandardHelpOptions = true,
      description = "Ends every session of an instructor (on every node of a cluster).")
  static final class SignOutAll implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Sign-in name.")
    String name;

    @Option(
        names = "--db",
        defaultValue = "${env:STEPPE_DB}",
        paramLabel = "JDBC-URL",
        description = "Database (default: SQLite file in the data folder).")
    String db;

    @Option(
        names = "--data",
        defaultValue = "${env:STEPPE_DATA:-data}",
        paramLabel = "DIR",
        description = "Data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
      String url = db == null || db.isBlank() ? Database.defaultUrl(data) : db;
      try (Database database = Database.open(url)) {
        InstructorAccounts accounts = new InstructorAccounts(database);
        if (!accounts.exists(name)) {
          spec.commandLine().getErr().println("There is no instructor " + name + ".");
          return 1;
        }
        int ended = accounts.signOutAll(name);
        spec.commandLine()
            .getOut()
            .println("Ended " + ended + " session" + (ended == 1 ? "" : "s") + " of " + name + ".");
      }
      return 0;
    }
  }
}
