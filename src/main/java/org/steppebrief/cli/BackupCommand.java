package org.steppebrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.steppebrief.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup --to FILE}: a consistent copy of the SQLite database, taken while the server runs
 * (SQLite's {@code VACUUM INTO}: every answer committed before the backup began is in it).
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a consistent copy of the SQLite database to FILE; the server may keep running.",
      "For PostgreSQL use pg_dump (see README)."
    })
final class BackupCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The copy to write.")
  Path to;

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
    if (!url.startsWith("jdbc:sqlite:")) {
      spec.commandLine()
          .getErr()
          .println("backup copies the SQLite store; back PostgreSQL up with pg_dump.");
      return 1;
    }
    if (Files.exists(to)) {
      spec.commandLine().getErr().println(to + " exists; name a new file.");
      return 1;
    }
    try (Database database = Database.open(url)) {
      database.backupTo(to);
    }
    spec.commandLine().getOut().println("Backed up " + Database.redact(url) + " to " + to + ".");
    return 0;
  }
}
