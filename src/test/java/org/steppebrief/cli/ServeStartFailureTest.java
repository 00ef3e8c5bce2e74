package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeStartFailureTest {
  @TempDir Path dir;

  @Test
  void aDatabaseFileThatCannotBeOpenedStopsTheStartWithOneLineSayingWhatToDo() throws Exception {
    // A folder where the database file should be: SQLite answers SQLITE_CANTOPEN, as it does for a
    // read-only data folder (which the root user these tests may run as cannot be given).
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("steppe-brief.db"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("serve", "--port", "0", "--data", data.toString(), "--content", ".");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("cannot start: cannot open the database file ")
        .contains(data.resolve("steppe-brief.db").toAbsolutePath().toString())
        .contains("make its folder writable")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }
}
