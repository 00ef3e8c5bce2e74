package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/**
 * Sign-in under attack: a burst of guesses for one name, an unknown name against a real one, an
 * over-long form, and a password change that must end the old sessions.
 */
class SignInLockoutTest {
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;
  private TestServer server;
  private String url;

  @BeforeEach
  void start() {
    url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", PASSWORD.toCharArray(), 1L);
    }
    server = TestServer.start(ContentFixture.withSheets(dir.resolve("content"), "good"), url, dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Posts {@code attempts} sign-ins for {@code name} at once; the statuses by count. */
  private Map<Integer, Long> burst(String name, int attempts) throws Exception {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String guess = "wrong guess " + i;
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return b.post("/signin", "name", name, "password", guess).statusCode();
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses.stream()
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sixtyParallelGuessesLetAtMostFiveReachThePasswordCheck() throws Exception {
    Map<Integer, Long> statuses = burst("ada", 60);
    System.out.println(
        "SignInLockoutTest: 60 parallel wrong sign-ins for a real name: " + statuses);
    // 401 is a guess checked against the password; 429 was refused before the hash.
    assertThat(statuses.getOrDefault(401, 0L)).isLessThanOrEqualTo(5);
    assertThat(statuses.keySet()).containsOnly(401, 429);

    WebClient b = new WebClient(server.base());
    b.get("/signin");
    HttpResponse<String> right = b.post("/signin", "name", "ada", "password", PASSWORD);
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(b.get("/instructor/").statusCode()).isEqualTo(303);
  }

  @Test
  void anUnknownNameLocksJustAsARealOneDoes() throws Exception {
    Map<Integer, Long> real = burst("ada", 12);
    Map<Integer, Long> unknown = burst("nobody-here", 12);
    System.out.println(
        "SignInLockoutTest: 12 sign-ins, real name " + real + ", unknown " + unknown);
    assertThat(unknown.keySet()).containsOnly(401, 429);
    assertThat(real.keySet()).containsOnly(401, 429);
    assertThat(unknown.get(429)).isPositive();

    WebClient b = new WebClient(server.base());
    b.get("/signin");
    HttpResponse<String> r = b.post("/signin", "name", "nobody-here", "password", PASSWORD);
    HttpResponse<String> a = b.post("/signin", "name", "ada", "password", "another guess");
    assertThat(r.statusCode()).isEqualTo(429).isEqualTo(a.statusCode());
    assertThat(r.body()).contains("locked until");
  }

  @Test
  void anOverLongSignInIsRefusedLikeAnyOther() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    HttpResponse<String> longName = b.post("/signin", "name", "a".repeat(101), "password", "x");
    HttpResponse<String> longPassword =
        b.post("/signin", "name", "ada", "password", "p".repeat(201));
    assertThat(longName.statusCode()).isEqualTo(401);
    assertThat(longPassword.statusCode()).isEqualTo(401);
    assertThat(longPassword.body()).contains("Wrong name or password.");
  }

  @Test
  void settingANewPasswordEndsTheOldSessions() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    assertThat(b.post("/signin", "name", "ada", "password", PASSWORD).statusCode()).isEqualTo(303);
    assertThat(b.get("/instructor/").statusCode()).isEqualTo(200);
    try (Database db = Database.open(url)) {
      assertThat(new InstructorAccounts(db).add("ada", "a brand new password".toCharArray(), 2L))
          .isFalse();
    }
    assertThat(b.get("/instructor/").statusCode()).isEqualTo(303);
  }

  @Test
  void signOutAllEndsEveryOneOfTheInstructorsSessions() {
    WebClient first = new WebClient(server.base());
    WebClient second = new WebClient(server.base());
    for (WebClient b : List.of(first, second)) {
      b.get("/signin");
      assertThat(b.post("/signin", "name", "ada", "password", PASSWORD).statusCode())
          .isEqualTo(303);
    }
    try (Database db = Database.open(url)) {
      assertThat(new InstructorAccounts(db).signOutAll("ada")).isEqualTo(2);
    }
    assertThat(first.get("/instructor/").statusCode()).isEqualTo(303);
    assertThat(second.get("/instructor/").statusCode()).isEqualTo(303);
  }
}
