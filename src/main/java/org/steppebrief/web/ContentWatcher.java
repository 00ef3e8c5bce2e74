package org.steppebrief.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** With --reload: re-reads content and templates when their folders change. */
final class ContentWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

  private final WatchService service;
  private final Thread thread;

  private ContentWatcher(WatchService service, Thread thread) {
    this.service = service;
    this.thread = thread;
  }

  static ContentWatcher start(WebConfig config, LibraryHolder library, Pages pages) {
    ContentWatcher watcher =
        watch(
            List.of(
                config.contentDir().resolve("questions"),
                config.contentDir().resolve("seeds"),
                pages.webDir()),
            () -> {
              pages.clearCache();
              library.reload();
            });
    LOG.info("watching content and templates for changes");
    return watcher;
  }

  /**
   * Runs {@code onChange} after each settled burst of changes in {@code dirs}. Whatever one run
   * throws is logged as one line and the watching goes on: an author's next edit must still be
   * picked up without a restart.
   */
  static ContentWatcher watch(List<Path> dirs, Runnable onChange) {
    try {
      WatchService service = FileSystems.getDefault().newWatchService();
      for (Path dir : dirs) {
        if (Files.isDirectory(dir)) {
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (!Thread.currentThread().isInterrupted()) {
                    var key = service.take();
                    // Editors write a file in several steps; wait for them to settle.
                    TimeUnit.MILLISECONDS.sleep(300);
                    key.pollEvents();
                    key.reset();
                    var more = service.poll();
                    while (more != null) {
                      more.pollEvents();
                      more.reset();
                      more = service.poll();
                    }
                    runOnce(onChange);
                  }
                } catch (InterruptedException | ClosedWatchServiceException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "content-watcher");
      thread.setDaemon(true);
      thread.start();
      return new ContentWatcher(service, thread);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void runOnce(Runnable onChange) {
    try {
      onChange.run();
    } catch (RuntimeException | Error e) {
      // One line, no stack: the author needs the cause, and the last good content stays served.
      LOG.error(
          "reload failed, still serving the last good content and still watching: {}",
          e.toString());
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      service.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service", e);
    }
  }
}
