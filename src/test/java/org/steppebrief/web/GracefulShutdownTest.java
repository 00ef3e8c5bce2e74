package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;
import org.steppebrief.store.Database;

/**
 * SIGTERM during a burst of answers: the server stops taking requests, finishes the ones in flight
 * (every answer it acknowledges is stored), closes the database and exits within 10 s.
 */
class GracefulShutdownTest {
  private static final Pattern READY = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");
  private static final int LEARNERS = 16;

  @TempDir Path dir;

  private record Answer(String attempt, int status) {}

  @Test
  void sigtermDuringAnswersStoresEveryAcknowledgedAnswerAndExitsWithinTenSeconds()
      throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    Path data = dir.resolve("data");
    var library = LibraryLoader.load(content).library();
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.steppebrief.cli.Main",
                "serve",
                "--port",
                "0",
                "--content",
                content.toString(),
                "--data",
                data.toString())
            .redirectErrorStream(true)
            .start();
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<String> base = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  log.add(line);
                  Matcher m = READY.matcher(line);
                  if (m.find()) {
                    base.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                base.completeExceptionally(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    long exitMillis;
    try {
      String server = base.get(60, TimeUnit.SECONDS);
      // Each learner has a question page open, ready to answer.
      List<WebClient> learners = new ArrayList<>();
      List<HttpResponse<String>> pages = new ArrayList<>();
      for (int i = 0; i < LEARNERS; i++) {
        WebClient b = new WebClient(server);
        b.get("/quiz/new");
        String attempt = WebClient.location(b.post("/quiz", "count", "5", "mode", "test"));
        pages.add(b.follow(attempt));
        learners.add(b);
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < LEARNERS; i++) {
        WebClient b = learners.get(i);
        HttpResponse<String> page = pages.get(i);
        Question q =
            library.questions().stream()
                .filter(x -> x.id().equals(PageAnswers.questionId(page.body())))
                .findFirst()
                .orElseThrow();
        String path = page.uri().getPath();
        String attempt = path.substring("/quiz/".length(), path.indexOf("/q/"));
        sent.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    answers.add(
                        new Answer(
                            attempt, b.post(path, PageAnswers.right(q, page.body())).statusCode()));
                  } catch (UncheckedIOException refused) {
                    answers.add(new Answer(attempt, -1));
                  }
                  return null;
                }));
      }
      go.countDown();
      Thread.sleep(20);
      long signalled = System.nanoTime();
      process.destroy(); // SIGTERM
      boolean exited = process.waitFor(30, TimeUnit.SECONDS);
      exitMillis = (System.nanoTime() - signalled) / 1_000_000;
      assertThat(exited).isTrue();
      for (Future<?> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      process.destroyForcibly();
      pool.shutdownNow();
    }
    long acknowledged = answers.stream().filter(a -> a.status() == 303).count();
    System.out.printf(
        "GracefulShutdownTest: SIGTERM to exit %d ms; %d of %d answers acknowledged, %d refused%n",
        exitMillis,
        acknowledged,
        LEARNERS,
        answers.stream().filter(a -> a.status() != 303).count());
    assertThat(exitMillis).isLessThan(10_000);
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(303, -1, 503));
    try (Database db = Database.open(Database.defaultUrl(data))) {
      for (Answer a : answers) {
        if (a.status() == 303) {
          int stored =
              db.read(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM answers WHERE attempt_id = :a")
                          .bind("a", a.attempt())
                          .mapTo(Integer.class)
                          .one());
          assertThat(stored).as("acknowledged answer of " + a.attempt()).isEqualTo(1);
        }
      }
    }
    assertThat(log).noneMatch(line -> line.contains("Exception"));
  }
}
