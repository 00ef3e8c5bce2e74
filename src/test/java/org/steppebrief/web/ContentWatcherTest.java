package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;

class ContentWatcherTest {
  @TempDir Path dir;

  @Test
  void aReloadThatThrowsIsLoggedAndTheNextChangeIsStillReloaded() throws Exception {
    Files.createDirectories(dir.resolve("watched"));
    AtomicInteger runs = new AtomicInteger();
    Semaphore ran = new Semaphore(0);
    ContentWatcher watcher =
        ContentWatcher.watch(
            List.of(dir.resolve("watched")),
            () -> {
              int n = runs.incrementAndGet();
              ran.release();
              if (n == 1) {
                throw new NumberFormatException("For input string: \"99999999999\"");
              }
            });
    try {
      Files.writeString(dir.resolve("watched/a.yaml"), "first");
      assertThat(ran.tryAcquire(20, TimeUnit.SECONDS)).as("first change seen").isTrue();
      Files.writeString(dir.resolve("watched/a.yaml"), "second");
      assertThat(ran.tryAcquire(20, TimeUnit.SECONDS))
          .as("the watcher survived the exception and saw the second change")
          .isTrue();
    } finally {
      watcher.close();
    }
  }

  @Test
  void aLineNumberPastEveryLimitInSourcesIsRefusedAndLaterEditsAreStillReloaded() throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    LibraryHolder library = LibraryHolder.load(content);
    String good = library.get().library().version();
    Pages pages = new Pages(Path.of("templates"), true);
    WebConfig config =
        new WebConfig("127.0.0.1", 0, "unused", dir, content, Path.of("templates"), true);
    Path sources = content.resolve("seeds/sources.yaml");
    String original = Files.readString(sources);
    Path sheet = content.resolve("questions/good.yaml");
    ContentWatcher watcher = ContentWatcher.start(config, library, pages);
    try {
      Files.writeString(sources, original.replace("lines: 10-12", "lines: 99999999999-5"));
      // Give the watcher its turn on the bad file (it settles edits for 300 ms) before the good
      // edit; the good edit being picked up proves the watcher outlived the bad number.
      Thread.sleep(1500);
      assertThat(library.get().library().version()).isEqualTo(good);
      Files.writeString(sources, original);
      Files.writeString(
          sheet, Files.readString(sheet).replace("title: A good topic", "title: A reloaded topic"));
      waitFor(
          () ->
              library
                  .get()
                  .library()
                  .topic("good")
                  .orElseThrow()
                  .title()
                  .equals("A reloaded topic"));
    } finally {
      watcher.close();
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("reloaded within 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
