package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

class InstructorSignInTest {
  @TempDir Path dir;
  private TestServer server;

  @BeforeEach
  void start() {
    String url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", "correct horse battery".toCharArray(), 1L);
    }
    server =
        TestServer.start(
            org.steppebrief.content.ContentFixture.withSheets(dir.resolve("content"), "good"),
            url,
            dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void instructorPagesRefuseEveryoneWhoIsNotSignedIn() {
    WebClient b = new WebClient(server.base());
    HttpResponse<String> r = b.get("/instructor/");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(WebClient.location(r)).isEqualTo("/signin");
    assertThat(b.get("/instructor/anything").statusCode()).isEqualTo(303);
  }

  @Test
  void signsInWithTheRightPasswordAndOutAgain() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    HttpResponse<String> r = b.post("/signin", "name", "ada", "password", "correct horse battery");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("sb_session=")
                    .contains("HttpOnly")
                    .contains("SameSite=Strict"));
    assertThat(b.get("/instructor/").body()).contains("Welcome, ada");
    b.post("/signout");
    assertThat(b.get("/instructor/").statusCode()).isEqualTo(303);
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    HttpResponse<String> wrong = b.post("/signin", "name", "ada", "password", "wrong password");
    HttpResponse<String> unknown =
        b.post("/signin", "name", "nobody", "password", "wrong password");
    assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
    assertThat(wrong.body()).contains("Wrong name or password.");
    assertThat(unknown.body()).contains("Wrong name or password.");
  }

  @Test
  void locksTheAccountAfterRepeatedFailuresEvenForTheRightPassword() {
    WebClient b = new WebClient(server.base());
    b.get("/signin");
    for (int i = 0; i < 5; i++) {
      assertThat(b.post("/signin", "name", "ada", "password", "guess " + i).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> locked =
        b.post("/signin", "name", "ada", "password", "correct horse battery");
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.body()).contains("locked until");
    assertThat(b.get("/instructor/").statusCode()).isEqualTo(303);
  }
}
