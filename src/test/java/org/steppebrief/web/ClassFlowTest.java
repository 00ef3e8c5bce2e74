package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.classes.Assignment;
import org.steppebrief.classes.ClassStore;
import org.steppebrief.classes.JoinLimiter;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Question;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.Database;
import org.steppebrief.store.TestDatabases;

/** Classes over HTTP: joining, isolation, the closing time, the board and its downloads. */
class ClassFlowTest {
  static final String PASSWORD = "correct horse battery";
  private static final Pattern CODE = Pattern.compile("class=\"code big-code\">([0-9A-Z-]+)<");

  @TempDir Path dir;
  private TestServer server;
  private String url;

  @BeforeEach
  void start() {
    url = TestDatabases.sqliteUrl(dir);
    try (Database db = Database.open(url)) {
      new InstructorAccounts(db).add("ada", PASSWORD.toCharArray(), 1L);
      new InstructorAccounts(db).add("bob", PASSWORD.toCharArray(), 1L);
    }
    server = TestServer.start(ContentFixture.withSheets(dir.resolve("content"), "good"), url, dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static WebClient instructor(String base, String name) {
    WebClient b = new WebClient(base);
    b.get("/signin");
    assertThat(b.post("/signin", "name", name, "password", PASSWORD).statusCode()).isEqualTo(303);
    b.get("/instructor");
    return b;
  }

  /** Creates a class; returns its page path. */
  static String createClass(WebClient instructor, String name) {
    instructor.get("/instructor/classes");
    HttpResponse<String> r = instructor.post("/instructor/classes", "name", name);
    assertThat(r.statusCode()).isEqualTo(303);
    return WebClient.location(r);
  }

  static String code(WebClient instructor, String classPath) {
    Matcher m = CODE.matcher(instructor.get(classPath).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String local(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /**
   * Assigns the ticked questions, open from an hour ago until tomorrow (UTC); returns the board.
   */
  static String assign(WebClient instructor, String classPath, String... questions) {
    instructor.get(classPath + "/assignments/new");
    String[] form = new String[14 + 2 * questions.length];
    int i = 0;
    for (String pair :
        new String[] {
          "title", "Week 1",
          "how", "ticked",
          "mode", "test",
          "attempts", "one",
          "opens", local(Instant.now().minus(1, ChronoUnit.HOURS)),
          "closes", local(Instant.now().plus(1, ChronoUnit.DAYS)),
          "zone", "UTC"
        }) {
      form[i++] = pair;
    }
    for (String q : questions) {
      form[i++] = "question";
      form[i++] = q;
    }
    HttpResponse<String> r = instructor.post(classPath + "/assignments", form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return WebClient.location(r);
  }

  static WebClient join(String base, String code, String name) {
    WebClient learner = new WebClient(base);
    learner.get("/join/" + code);
    HttpResponse<String> r = learner.post("/join", "code", code, "name", name);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return learner;
  }

  /** Starts the learner's attempt at the board's assignment; returns the attempt's path. */
  static String startAssignment(WebClient learner, String board) {
    String assignment = "/assignments/" + board.substring(board.lastIndexOf('/') + 1);
    assertThat(learner.get(assignment).statusCode()).isEqualTo(200);
    HttpResponse<String> r = learner.post(assignment + "/start");
    assertThat(r.statusCode()).isEqualTo(303);
    return WebClient.location(r);
  }

  Question question(String html) {
    return server.app().library().get().question(PageAnswers.questionId(html)).orElseThrow();
  }

  /** Answers the attempt's next question right or wrong; returns the question. */
  Question answer(WebClient learner, String attempt, boolean right) {
    HttpResponse<String> page = learner.follow(attempt);
    Question q = question(page.body());
    String[] form =
        right
            ? PageAnswers.right(q, page.body())
            : q instanceof Question.TrueFalse t
                ? new String[] {"truth", Boolean.toString(!t.answer())}
                : q instanceof Question.SingleChoice
                    ? new String[] {"choice", wrongChoice(q, page.body())}
                    : new String[] {"text", "no idea"};
    assertThat(learner.post(page.uri().getPath(), form).statusCode()).isEqualTo(303);
    return q;
  }

  private static String wrongChoice(Question q, String html) {
    String right = PageAnswers.right(q, html)[1];
    return right.equals("1") ? "2" : "1";
  }

  @Test
  void threeLearnersAnswerAndTheBoardShowsScoresChoiceCountsAndTheMissedPassage() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "Group <b>B</b>");
    String board = assign(ada, classPath, "good-q-year", "good-q-tf", "good-q-short");
    String code = code(ada, classPath);
    String[] names = {"<script>alert(1)</script>", "Ада \"Лавлейс\"", "=SUM(A1)"};
    boolean[][] right = {{true, true, true}, {true, false, true}, {false, false, true}};
    for (int l = 0; l < 3; l++) {
      WebClient learner = join(server.base(), code, names[l]);
      String attempt = startAssignment(learner, board);
      for (int q = 0; q < 3; q++) {
        Question asked = answer(learner, attempt, right[l][q]);
        assertThat(asked.id()).isIn("good-q-year", "good-q-tf", "good-q-short");
      }
      assertThat(learner.follow(attempt).uri().getPath()).endsWith("/result");
    }
    String page = ada.get(board).body();
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)")
        .contains("Ада &quot;Лавлейс&quot;")
        .contains("3.0 / 3 (100%)")
        .contains("2.0 / 3 (67%)")
        .contains("1.0 / 3 (33%)")
        .contains("✓ right answer")
        .contains("Group &lt;b&gt;B&lt;/b&gt;");
    // Most missed first: the true-false question (1 of 3 right) before the others.
    assertThat(page.indexOf("facility <strong>33%</strong>"))
        .isPositive()
        .isLessThan(page.indexOf("facility <strong>67%</strong>"));
    assertThat(page).contains("from 5 answers").contains("Passages to re-teach");

    HttpResponse<String> results = ada.get(board + "/results.csv");
    assertThat(results.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(results.body())
        .contains("learner,started,finished,score,max_score,good-q-year,good-q-tf,good-q-short")
        .contains("<script>alert(1)</script>,")
        .contains("\"Ада \"\"Лавлейс\"\"\"")
        .contains("'=SUM(A1),");
    assertThat(ada.get(board + "/items.csv").body())
        .contains("question_id,type,answers,facility,discrimination,choices")
        .contains("good-q-tf,true-false,3,0.333,,True=")
        .contains("good-q-short,short-answer,3,1,,");

    // The shaded reader writes each cited passage's share as a number.
    String reader = ada.get(board + "/sources/mini-paper").body();
    assertThat(reader).containsPattern("<strong>\\d+% wrong</strong>").contains("shade s");

    // Re-teach: each learner's missed facts become due in their study queue.
    HttpResponse<String> reteach = ada.post(board + "/reteach-study");
    assertThat(reteach.statusCode()).isEqualTo(303);
    assertThat(ada.follow(WebClient.location(reteach)).body()).contains("for 2 learners.");
    HttpResponse<String> pdf = ada.get(board + "/reteach.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
  }

  @Test
  void anotherInstructorAndLearnersGet404OnTheClassBoardAndDownloads() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "Ada's class");
    String board = assign(ada, classPath, "good-q-year");
    WebClient learner = join(server.base(), code(ada, classPath), "Learner");
    WebClient bob = instructor(server.base(), "bob");
    WebClient stranger = new WebClient(server.base());
    for (String path :
        new String[] {
          classPath,
          classPath + "/assignments/new",
          board,
          board + "/results.csv",
          board + "/items.csv",
          board + "/reteach.pdf",
          board + "/sources/mini-paper"
        }) {
      assertThat(bob.get(path).statusCode()).as("bob " + path).isEqualTo(404);
      assertThat(learner.get(path).statusCode()).as("learner " + path).isEqualTo(404);
      assertThat(stranger.get(path).statusCode()).as("stranger " + path).isEqualTo(404);
    }
    bob.get("/instructor/classes");
    assertThat(bob.post(classPath + "/code").statusCode()).isEqualTo(404);
    assertThat(bob.post(classPath + "/rename", "name", "mine").statusCode()).isEqualTo(404);
    assertThat(bob.get("/instructor/classes").body()).doesNotContain("Ada&#39;s class");
    // A learner not in the class does not see the assignment either.
    WebClient outsider = new WebClient(server.base());
    outsider.get("/quiz/new");
    outsider.post("/quiz", "count", "1");
    String assignment = "/assignments/" + board.substring(board.lastIndexOf('/') + 1);
    assertThat(outsider.get(assignment).statusCode()).isEqualTo(404);
    assertThat(learner.get(assignment).statusCode()).isEqualTo(200);
  }

  @Test
  void aRegeneratedCodeReplacesTheOldOne() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "C");
    String old = code(ada, classPath);
    assertThat(old).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    ada.post(classPath + "/code");
    String fresh = code(ada, classPath);
    assertThat(fresh).isNotEqualTo(old);
    WebClient learner = new WebClient(server.base());
    learner.get("/join");
    assertThat(learner.post("/join", "code", old, "name", "Late").statusCode()).isEqualTo(422);
    assertThat(learner.post("/join", "code", fresh.toLowerCase(), "name", "Late").statusCode())
        .isEqualTo(303);
  }

  @Test
  void guessingJoinCodesIsRefusedAfterTheLimitEvenWithTheRightCode() {
    WebClient ada = instructor(server.base(), "ada");
    String code = code(ada, createClass(ada, "C"));
    WebClient guesser = new WebClient(server.base());
    guesser.get("/join");
    for (int i = 0; i < JoinLimiter.MAX_FAILURES; i++) {
      String guess = String.format("%08d", i);
      assertThat(guesser.post("/join", "code", guess, "name", "G").statusCode()).isEqualTo(422);
    }
    assertThat(guesser.post("/join", "code", "00000000", "name", "G").statusCode()).isEqualTo(429);
    assertThat(guesser.get("/join/" + code).statusCode()).isEqualTo(429);
    HttpResponse<String> right = guesser.post("/join", "code", code, "name", "G");
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.body()).contains("Too many wrong codes");
  }

  @Test
  void displayNamesAreTrimmedAndLimitedToFortyCharacters() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "C");
    String code = code(ada, classPath);
    WebClient learner = new WebClient(server.base());
    learner.get("/join");
    String forty = "Қ".repeat(40);
    assertThat(learner.post("/join", "code", code, "name", forty + "x").statusCode())
        .isEqualTo(422);
    assertThat(learner.post("/join", "code", code, "name", "   ").statusCode()).isEqualTo(422);
    assertThat(learner.post("/join", "code", code, "name", "  " + forty + "  ").statusCode())
        .isEqualTo(303);
    assertThat(ada.get(classPath).body()).contains(">" + forty + "<");
  }

  @Test
  void aLearnerKeepsTheirRecordJoinsTwoClassesAndCanLeaveOne() {
    WebClient ada = instructor(server.base(), "ada");
    String first = createClass(ada, "First");
    String second = createClass(ada, "Second");
    WebClient learner = new WebClient(server.base());
    learner.get("/quiz/new");
    learner.post("/quiz", "count", "1");
    String resume = learner.get("/").body().replaceAll("(?s).*class=\"code\">([^<]+)<.*", "$1");
    learner.get("/join");
    learner.post("/join", "code", code(ada, first), "name", "Ann");
    learner.post("/join", "code", code(ada, second), "name", "Ann B");
    String mine = learner.get("/classes").body();
    assertThat(mine)
        .contains("First")
        .contains("Second")
        .contains("as <span data-content>Ann B</span>");
    assertThat(learner.get("/").body()).contains(resume);
    String secondId = second.substring(second.lastIndexOf('/') + 1);
    assertThat(learner.post("/classes/" + secondId + "/leave").statusCode()).isEqualTo(303);
    assertThat(learner.get("/classes").body()).contains("First").doesNotContain("Second");
    assertThat(ada.get(second).body()).doesNotContain("Ann B");
    // Removed by the instructor: gone from the class.
    ada.get(first);
    String learnerId =
        ada.get(first).body().replaceAll("(?s).*name=\"learner\" value=\"([^\"]+)\".*", "$1");
    assertThat(ada.post(first + "/remove", "learner", learnerId).statusCode()).isEqualTo(303);
    assertThat(ada.get(first).body()).doesNotContain(">Ann<");
  }

  @Test
  void anAnswerAfterTheClosingTimeIsRefusedAndEarlierAnswersAreKept() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "C");
    String board = assign(ada, classPath, "good-q-year", "good-q-tf", "good-q-short");
    WebClient learner = join(server.base(), code(ada, classPath), "Late Larry");
    String attempt = startAssignment(learner, board);
    answer(learner, attempt, true);
    answer(learner, attempt, true);
    assertThat(learner.get("/").body()).contains("Open assignments").contains("left");
    // The instructor moves the closing time to a minute ago (after the opening, so it is taken).
    ada.get(board);
    ada.post(board + "/extend", "closes", local(Instant.now().minus(1, ChronoUnit.MINUTES)));
    HttpResponse<String> page = learner.follow(attempt);
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body())
        .contains("closed on")
        .contains("every answer you gave before then is kept");
    HttpResponse<String> late = learner.post(attempt + "/q/3", "text", "anything");
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(learner.post(attempt + "/finish").statusCode()).isEqualTo(303);
    assertThat(learner.follow(attempt + "/result").body()).contains("<strong>67%</strong>");
    assertThat(ada.get(board).body()).contains("2 of 3").contains("2.0 / 3 (67%)");
    assertThat(learner.get("/").body()).doesNotContain("Open assignments");
    // Extended again: the learner can carry on.
    ada.post(board + "/extend", "closes", local(Instant.now().plus(1, ChronoUnit.DAYS)));
    assertThat(learner.get(board.replaceAll(".*/assignments/", "/assignments/")).body())
        .contains("open");
  }

  @Test
  void anAssignmentDrawnFromTopicsAndTypesStoresItsQuestionsSeedAndRequest() {
    WebClient ada = instructor(server.base(), "ada");
    String classPath = createClass(ada, "Drawn");
    ada.get(classPath + "/assignments/new");
    HttpResponse<String> r =
        ada.post(
            classPath + "/assignments",
            "title",
            "Drawn",
            "how",
            "draw",
            "topic",
            "good",
            "type",
            "true-false",
            "count",
            "10",
            "mode",
            "practice",
            "attempts",
            "one",
            "opens",
            local(Instant.now().minus(1, ChronoUnit.HOURS)),
            "closes",
            local(Instant.now().plus(1, ChronoUnit.DAYS)),
            "zone",
            "UTC");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String board = WebClient.location(r);
    String id = board.substring(board.lastIndexOf('/') + 1);
    try (Database db = Database.open(url)) {
      Assignment drawn = new ClassStore(db).assignment(id).orElseThrow();
      assertThat(drawn.questionIds()).containsExactly("good-q-tf");
      assertThat(drawn.request())
          .isEqualTo("topics=good&types=true-false&count=10&generated=false");
      assertThat(drawn.seed()).isNotZero();
    }
  }
}
