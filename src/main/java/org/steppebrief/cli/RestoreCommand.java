package org.steppebrief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.steppebrief.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restore --from FILE}: puts a backup in place of the SQLite database. The server must be
 * stopped. The backup is checked (opened and migrated) on a copy before anything is replaced.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Replaces the SQLite database with a backup made by `backup`. Stop the server first.",
      "For PostgreSQL use pg_restore or psql (see README)."
    })
final class RestoreCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "A backup made by `backup`.")
  Path from;

  @Option(
      names = "--data",
      defaultValue = "${env:STEPPE_DATA:-data}",
      paramLabel = "DIR",
      description = "Data folder whose database is replaced (default ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(from)) {
      spec.commandLine().getErr().println(from + " is not a file.");
      return 1;
    }
    Path target = data.resolve("steppe-brief.db").toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path staged = Files.createTempFile(target.getParent(), "restore-", ".db");
      Files.copy(from, staged, StandardCopyOption.REPLACE_EXISTING);
      // A file that is not a database of ours fails here, before the real one is touched.
      try (Database check = Database.open("jdbc:sqlite:" + staged)) {
        if (!check.isReachable()) {
          Files.deleteIfExists(staged);
          spec.commandLine().getErr().println(from + " cannot be read as a database.");
          return 1;
        }
      } catch (RuntimeException e) {
        Files.deleteIfExists(staged);
        spec.commandLine()
            .getErr()
            .println(from + " is not a Steppe Brief database: " + e.getMessage());
        return 1;
      }
      for (String suffix : new String[] {"-wal", "-shm"}) {
        Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + suffix));
      }
      // The old write-ahead log belongs to the old file: it must not be replayed onto the new one.
      Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
      Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
      Files.move(
          staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine().getOut().println("Restored " + target + " from " + from + ".");
    return 0;
  }
}
