package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;

class QuizFlowTest {
  @TempDir Path dir;
  private TestServer server;
  private WebClient learner;

  @BeforeEach
  void start() {
    server = TestServer.withSheets(dir, "good");
    learner = new WebClient(server.base());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String startQuiz(String mode) {
    learner.get("/quiz/new");
    HttpResponse<String> r = learner.post("/quiz", "count", "50", "mode", mode);
    assertThat(r.statusCode()).isEqualTo(303);
    return WebClient.location(r);
  }

  private Question questionOn(String html) {
    return server.app().library().get().question(PageAnswers.questionId(html)).orElseThrow();
  }

  @Test
  void practiceQuizOfEveryTypeGivesFeedbackThatQuotesTheSource() {
    String attempt = startQuiz("practice");
    Set<QuestionType> seen = new HashSet<>();
    HttpResponse<String> page = learner.follow(attempt);
    for (int i = 0; i < 7; i++) {
      Question q = questionOn(page.body());
      seen.add(q.type());
      String questionPath = page.uri().getPath();
      HttpResponse<String> answered = learner.post(questionPath, PageAnswers.right(q, page.body()));
      assertThat(WebClient.location(answered)).isEqualTo(questionPath + "/feedback");
      HttpResponse<String> feedback = learner.get(questionPath + "/feedback");
      assertThat(feedback.body())
          .contains("Right.")
          .contains(PageAnswers.unescape(q.info().explanation()).replace("'", "&#39;"))
          .contains("/sources/mini-paper?hl=")
          .contains("The Mini Paper, Ada Author</span>, ¶");
      page = learner.follow(attempt);
    }
    assertThat(seen).containsExactlyInAnyOrder(QuestionType.values());
    assertThat(page.uri().getPath()).endsWith("/result");
    assertThat(page.body()).contains("<strong>100%</strong>").doesNotContain("you missed");
  }

  @Test
  void feedbackNamesWhoHoldsAnAssessment() {
    String attempt = startQuiz("practice");
    HttpResponse<String> page = learner.follow(attempt);
    for (int i = 0; i < 7; i++) {
      Question q = questionOn(page.body());
      learner.post(page.uri().getPath(), PageAnswers.right(q, page.body()));
      if (q.info().factIds().contains("good-bridge")) {
        assertThat(learner.get(page.uri().getPath() + "/feedback").body())
            .contains("Assessment held by <span lang=\"en\">the experts</span>.");
        return;
      }
      page = learner.follow(attempt);
    }
    throw new AssertionError("no question cites the assessment");
  }

  @Test
  void testModeKeepsFeedbackForTheEndAndOffersToRetryTheMissedQuestions() {
    String attempt = startQuiz("test");
    HttpResponse<String> page = learner.follow(attempt);
    for (int i = 0; i < 7; i++) {
      assertThat(page.body()).contains("Save answer").doesNotContain("Right.");
      HttpResponse<String> answered = learner.post(page.uri().getPath(), "text", "no idea");
      assertThat(WebClient.location(answered)).doesNotEndWith("/feedback");
      page = learner.follow(WebClient.location(answered));
    }
    assertThat(page.uri().getPath()).endsWith("/result");
    assertThat(page.body())
        .contains("<strong>0%</strong>")
        .contains("Retry the 7 questions you missed")
        .contains("(no answer)");
    HttpResponse<String> retry = learner.post(attempt + "/retry");
    assertThat(retry.statusCode()).isEqualTo(303);
    assertThat(WebClient.location(retry)).isNotEqualTo(attempt);
    assertThat(learner.follow(WebClient.location(retry)).body()).contains("Question 1 of 7");
  }

  @Test
  void finishingATestEarlyCountsTheRestAsUnanswered() {
    String attempt = startQuiz("test");
    HttpResponse<String> page = learner.follow(attempt);
    learner.post(page.uri().getPath(), PageAnswers.right(questionOn(page.body()), page.body()));
    assertThat(learner.post(attempt + "/finish").statusCode()).isEqualTo(303);
    HttpResponse<String> result = learner.follow(attempt + "/result");
    assertThat(result.body())
        .contains("Retry the 6 questions you missed")
        .contains("<strong>14%</strong>");
  }

  @Test
  void aDoubleSubmittedAnswerCountsOnce() {
    String attempt = startQuiz("practice");
    HttpResponse<String> page = learner.follow(attempt);
    Question q = questionOn(page.body());
    String path = page.uri().getPath();
    learner.post(path, PageAnswers.right(q, page.body()));
    learner.post(
        path,
        "text",
        "wrong",
        "truth",
        q instanceof Question.TrueFalse t ? Boolean.toString(!t.answer()) : "x");
    assertThat(learner.get(path + "/feedback").body()).contains("Right.");
    assertThat(learner.follow(attempt).body()).contains("Question 2 of 7");
  }

  @Test
  void anotherLearnerCannotOpenMyQuiz() {
    String attempt = startQuiz("practice");
    WebClient stranger = new WebClient(server.base());
    stranger.get("/");
    assertThat(stranger.get(attempt).statusCode()).isEqualTo(404);
    assertThat(stranger.get(attempt + "/q/1").statusCode()).isEqualTo(404);
    assertThat(stranger.post(attempt + "/q/1", "truth", "true").statusCode()).isEqualTo(404);
    assertThat(stranger.get(attempt + "/result").statusCode()).isEqualTo(404);
  }

  @Test
  void aResumeCodeCarriesTheQuizToAnotherDevice() {
    String attempt = startQuiz("practice");
    String home = learner.get("/").body();
    String code =
        home.replaceAll("(?s).*<strong class=\"code\" translate=\"no\">([^<]+)</strong>.*", "$1");
    assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
    WebClient phone = new WebClient(server.base());
    phone.get("/resume");
    assertThat(
            phone
                .post("/resume", "code", "  " + code.toLowerCase(java.util.Locale.ROOT) + " ")
                .statusCode())
        .isEqualTo(303);
    assertThat(phone.get("/").body()).contains("Carry on where you left off").contains(attempt);
    assertThat(phone.follow(attempt).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongResumeCodeSaysSoAndChangesNothing() {
    learner.get("/resume");
    HttpResponse<String> r = learner.post("/resume", "code", "00000-00000");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("does not match any learner");
  }

  @Test
  void homeShowsTopicsWithCountsAndTheLearnersProgress() {
    assertThat(learner.get("/").body())
        .contains("A good topic")
        .contains("2 facts · ")
        .contains("Not started yet.");
    String attempt = startQuiz("practice");
    HttpResponse<String> page = learner.follow(attempt);
    learner.post(page.uri().getPath(), PageAnswers.right(questionOn(page.body()), page.body()));
    assertThat(learner.get("/").body())
        .contains("You have answered 1 of its questions, 100% right.");
  }

  @Test
  void refusesAnUnknownTopicAndAsksAgainWhenNoQuestionMatchesTheChoices() {
    learner.get("/quiz/new");
    HttpResponse<String> r =
        learner.post(
            "/quiz",
            "topic",
            "no-such-topic",
            "type",
            "cloze",
            "type",
            "ordering",
            "count",
            "5",
            "mode",
            "test");
    // An unknown topic is refused, as every form refuses it, not dropped.
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("There is no topic `no-such-topic`");
    learner.get("/quiz/new");
    HttpResponse<String> every =
        learner.post("/quiz", "type", "cloze", "type", "ordering", "count", "5", "mode", "test");
    // No topic chosen: the cloze and ordering questions of every topic qualify.
    assertThat(every.statusCode()).isEqualTo(303);
    learner.get("/quiz/new");
    HttpResponse<String> none =
        learner.post("/quiz", "type", "nonsense-type", "count", "0", "generated", "on");
    assertThat(none.statusCode()).isEqualTo(303);
  }

  @Test
  void theSourceLinkHighlightsTheQuotedWords() {
    String link = "/sources/mini-paper?hl=0&in=p1";
    assertThat(learner.get(link).statusCode()).isEqualTo(200);
    String attempt = startQuiz("practice");
    HttpResponse<String> page = learner.follow(attempt);
    learner.post(page.uri().getPath(), PageAnswers.right(questionOn(page.body()), page.body()));
    String feedback = learner.get(page.uri().getPath() + "/feedback").body();
    String href =
        PageAnswers.unescape(
            feedback.replaceAll("(?s).*href=\"(/sources/mini-paper\\?[^\"]+)\".*", "$1"));
    String source = learner.get(href.substring(0, href.indexOf('#'))).body();
    assertThat(source)
        .containsPattern(
            "<mark>(The partnership began in 1994 with the Partnership for Peace|the partnership is a bridge between East and West)</mark>");
    assertThat(source).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
  }

  @Test
  void learnersShownTheSameQuestionEachGetTheirOwnFormAndCode() {
    WebClient other = new WebClient(server.base());
    String mine = startQuiz("practice");
    other.get("/quiz/new");
    String theirs = WebClient.location(other.post("/quiz", "count", "50", "mode", "practice"));
    for (int n = 1; n <= 7; n++) {
      String myPage = learner.get(mine + "/q/" + n).body();
      String theirPage = other.get(theirs + "/q/" + n).body();
      assertThat(myPage).contains("action=\"" + mine + "/q/" + n + "\"").doesNotContain(theirs);
      assertThat(theirPage).contains("action=\"" + theirs + "/q/" + n + "\"").doesNotContain(mine);
      assertThat(myPage).contains(learner.csrf()).doesNotContain(other.csrf());
      assertThat(myPage).doesNotContain("\u0001");
    }
    String myCode =
        learner
            .get("/")
            .body()
            .replaceAll("(?s).*<strong class=\"code\" translate=\"no\">([^<]+)</strong>.*", "$1");
    assertThat(learner.get(mine + "/q/1").body()).contains(myCode);
    assertThat(other.get(theirs + "/q/1").body()).doesNotContain(myCode);
  }
}
