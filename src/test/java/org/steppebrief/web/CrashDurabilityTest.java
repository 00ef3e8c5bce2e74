package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.Slow;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;

/** Kills the server with SIGKILL mid-quiz: nothing a learner saw accepted may be lost. */
@Slow
class CrashDurabilityTest {
  private static final Pattern READY = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

  @TempDir Path dir;

  private record Server(Process process, String base) {}

  private Server serve(Path content, Path data) throws Exception {
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
                data.toString(),
                "--templates",
                "templates")
            .redirectErrorStream(true)
            .start();
    CompletableFuture<String> base = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
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
    return new Server(process, base.get(60, TimeUnit.SECONDS));
  }

  @Test
  void answersSurviveAKillDashNineAndTheQuizResumesWhereItStopped() throws Exception {
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    Path data = dir.resolve("data");
    var library = LibraryLoader.load(content).library();
    Server first = serve(content, data);
    WebClient learner = new WebClient(first.base());
    String attempt;
    try {
      learner.get("/quiz/new");
      attempt = WebClient.location(learner.post("/quiz", "count", "50", "mode", "test"));
      for (int i = 0; i < 3; i++) {
        var page = learner.follow(attempt);
        Question q =
            library.questions().stream()
                .filter(x -> x.id().equals(PageAnswers.questionId(page.body())))
                .findFirst()
                .orElseThrow();
        assertThat(
                learner.post(page.uri().getPath(), PageAnswers.right(q, page.body())).statusCode())
            .isEqualTo(303);
      }
    } finally {
      first.process().destroyForcibly();
      assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(first.process().exitValue()).isEqualTo(137);

    Server second = serve(content, data);
    try {
      WebClient again = learner.on(second.base());
      var page = again.follow(attempt);
      assertThat(page.body()).contains("Question 4 of 7").contains("3 of 7 answered");
      assertThat(again.post(attempt + "/finish").statusCode()).isEqualTo(303);
      assertThat(again.follow(attempt + "/result").body())
          .contains("Retry the 4 questions you missed");
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
