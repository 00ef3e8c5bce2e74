package org.steppebrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.steppebrief.store.Database;
import org.steppebrief.web.WebApp;
import org.steppebrief.web.WebConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web app for students and instructors. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves quizzes, the source library and the instructor pages over HTTP.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "${env:STEPPE_PORT:-7070}",
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:STEPPE_HOST:-127.0.0.1}",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--db",
      defaultValue = "${env:STEPPE_DB}",
      paramLabel = "JDBC-URL",
      description =
          "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=.. (default: SQLite file in the data folder).")
  String db;

  @Option(
      names = "--data",
      defaultValue = "${env:STEPPE_DATA:-data}",
      paramLabel = "DIR",
      description = "Data folder for the default SQLite database (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--content",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "Folder holding seeds/ and questions/ (default: the current folder).")
  Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      paramLabel = "DIR",
      description = "Templates folder (default ${DEFAULT-VALUE}).")
  Path templates;

  @Option(
      names = "--reload",
      description =
          "Re-read content and templates when they change; bad content keeps the last good library.")
  boolean reload;

  @Override
  public Integer call() throws InterruptedException {
    String url = db == null || db.isBlank() ? Database.defaultUrl(data) : db;
    WebConfig config = new WebConfig(host, port, url, data, content, templates, reload);
    WebApp app;
    try {
      app = new WebApp(config).start();
    } catch (IllegalStateException e) {
      // A set-up problem (content with errors, a database that cannot be opened): one line.
      spec.commandLine().getErr().println("cannot start: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }
}
