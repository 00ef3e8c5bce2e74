package org.steppebrief.cli;

import java.nio.file.Path;
import org.steppebrief.store.Database;
import picocli.CommandLine.Option;

/** Where the database is, for the commands that open it outside the server (a mixin). */
final class DatabaseOptions {
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

  /** The JDBC URL: {@code --db} when given, else the SQLite file in the data folder. */
  String url() {
    return db == null || db.isBlank() ? Database.defaultUrl(data) : db;
  }
}
