package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Question;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/** Two nodes on one PostgreSQL: a learner answering on one, the board read on both. */
class ClassClusterTest {
  @TempDir Path dir;

  @Test
  void twoNodesShowTheSameBoard() {
    String url = TestDatabases.postgresUrl();
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", ClassFlowTest.PASSWORD.toCharArray(), 1L);
    }
    Path content = ContentFixture.withSheets(dir.resolve("content"), "good");
    try (TestServer a = TestServer.start(content, url, dir.resolve("a"));
        TestServer b = TestServer.start(content, url, dir.resolve("b"))) {
      WebClient ada = ClassFlowTest.instructor(a.base(), "ada");
      String classPath = ClassFlowTest.createClass(ada, "Cluster class");
      String board = ClassFlowTest.assign(ada, classPath, "good-q-year", "good-q-tf");
      String code = ClassFlowTest.code(ada, classPath);
      // Joined on B, the attempt started on A, the answers sent to B.
      WebClient learner = ClassFlowTest.join(b.base(), code, "Ерлан");
      String attempt = ClassFlowTest.startAssignment(learner.on(a.base()), board);
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> page = learner.on(a.base()).follow(attempt);
        Question q =
            a.app().library().get().question(PageAnswers.questionId(page.body())).orElseThrow();
        assertThat(
                learner
                    .on(b.base())
                    .post(page.uri().getPath(), PageAnswers.right(q, page.body()))
                    .statusCode())
            .isEqualTo(303);
      }
      String onA = ada.get(board).body();
      String onB = ada.on(b.base()).get(board).body();
      for (String page : new String[] {onA, onB}) {
        assertThat(page).contains("Ерлан").contains("2.0 / 2 (100%)").contains("2 answers so far");
      }
      assertThat(ada.get(board + "/results.csv").body())
          .isEqualTo(ada.on(b.base()).get(board + "/results.csv").body());
    }
  }
}
