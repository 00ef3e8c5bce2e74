package org.steppebrief.web;

import java.io.IOException;
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
    try {
      WatchService service = FileSystems.getDefault().newWatchService();
      for (Path dir :
          List.of(
              config.contentDir().resolve("questions"),
              config.contentDir().resolve("seeds"),
              pages.webDir())) {
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
                    pages.clearCache();
                    library.reload();
                  }
                } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "content-watcher");
      thread.setDaemon(true);
      thread.start();
      LOG.info("watching content and templates for changes");
      return new ContentWatcher(service, thread);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
