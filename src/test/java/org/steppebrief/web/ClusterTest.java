package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Question;
import org.steppebrief.store.NeedsPostgres;
import org.steppebrief.store.TestDatabases;

/** Two app nodes on one PostgreSQL database, as behind a load balancer. */
@NeedsPostgres
class ClusterTest {
  @TempDir Path dir;

  @Test
  void aQuizBegunOnOneNodeIsFinishedOnTheOther() {
    String url = TestDatabases.postgresUrl();
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    try (TestServer a = TestServer.start(content, url, dir.resolve("a"));
        TestServer b = TestServer.start(content, url, dir.resolve("b"))) {
      WebClient visitor = new WebClient(a.base());
      visitor.get("/quiz/new");
      String attempt = WebClient.location(visitor.post("/quiz", "count", "50", "mode", "test"));
      for (int i = 0; i < 7; i++) {
        // The page comes from one node and the answer goes to the other, with the cookies and
        // the CSRF token the first node issued.
        WebClient reader = visitor.on(i % 2 == 0 ? a.base() : b.base());
        HttpResponse<String> page = reader.follow(attempt);
        Question q =
            a.app().library().get().question(PageAnswers.questionId(page.body())).orElseThrow();
        WebClient writer = reader.on(i % 2 == 0 ? b.base() : a.base());
        assertThat(
                writer.post(page.uri().getPath(), PageAnswers.right(q, page.body())).statusCode())
            .isEqualTo(303);
      }
      assertThat(visitor.on(b.base()).follow(attempt).body()).contains("<strong>100%</strong>");
      assertThat(visitor.on(a.base()).follow(attempt + "/result").body())
          .contains("<strong>100%</strong>");
    }
  }

  @Test
  void anInstructorSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
    String url = TestDatabases.postgresUrl();
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    try (TestServer a = TestServer.start(content, url, dir.resolve("a"));
        TestServer b = TestServer.start(content, url, dir.resolve("b"))) {
      try (var db = org.steppebrief.store.Database.open(url)) {
        new org.steppebrief.instructor.InstructorAccounts(db)
            .add("ada", "correct horse battery".toCharArray(), 1L);
      }
      WebClient onA = new WebClient(a.base());
      onA.get("/signin");
      onA.post("/signin", "name", "ada", "password", "correct horse battery");
      assertThat(onA.on(b.base()).get("/instructor/").body()).contains("Welcome, ada");
    }
  }
}
