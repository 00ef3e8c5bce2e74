package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study pages over HTTP: topics, the review screen without script, ratings, progress. */
class StudyPagesTest {
  private static final Pattern CARD = Pattern.compile("data-card=\"([^\"]+)\"");
  private static final Pattern ANSWER_LINK =
      Pattern.compile("href=\"(/study/review\\?show=[^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  @TempDir Path dir;
  private TestServer server;
  private WebClient learner;

  @BeforeEach
  void start() {
    server = TestServer.withSheets(dir, "good", "markup-in-content");
    learner = new WebClient(server.base());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String group(Pattern p, String html) {
    Matcher m = p.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no " + p + " in:\n" + html);
    }
    return m.group(1).replace("&amp;", "&");
  }

  private void choose(String... topics) {
    learner.get("/study");
    String[] form = new String[topics.length * 2];
    for (int i = 0; i < topics.length; i++) {
      form[2 * i] = "topic";
      form[2 * i + 1] = topics[i];
    }
    HttpResponse<String> saved = learner.post("/study/topics", form);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(WebClient.location(saved)).isEqualTo("/study?saved=1");
  }

  /** Shows the next card's answer and rates it; returns the card's id. */
  private String rateNext(int grade) {
    HttpResponse<String> front = learner.get("/study/review");
    String card = group(CARD, front.body());
    HttpResponse<String> back = learner.get(group(ANSWER_LINK, front.body()));
    HttpResponse<String> rated =
        learner.post(
            "/study/review",
            "card",
            card,
            "version",
            group(VERSION, back.body()),
            "rating",
            Integer.toString(grade));
    assertThat(WebClient.location(rated)).isEqualTo("/study/review");
    return card;
  }

  @Test
  void chosenTopicsFillTheQueueAndACardsAnswerIsASecondGetWithTheQuotedSource() {
    assertThat(learner.get("/study").body()).contains("A good topic").contains("11 cards");
    choose("good");
    assertThat(learner.get("/study?saved=1").body())
        .contains("Your topics are saved.")
        .containsPattern("value=\"good\" checked")
        .contains("<strong>11</strong> new")
        .contains("href=\"/study/review\"");

    HttpResponse<String> front = learner.get("/study/review");
    assertThat(front.statusCode()).isEqualTo(200);
    assertThat(front.body())
        .contains("data-card=\"fact:good-began-1994\"")
        .contains("The partnership began in 1994 with the Partnership for Peace.")
        .contains("Show answer <kbd aria-hidden=\"true\">Space</kbd>")
        .contains("0 due, 11 new")
        .doesNotContain("How well did you recall it?")
        .doesNotContain("/sources/mini-paper?hl=");

    String link = group(ANSWER_LINK, front.body());
    assertThat(link).isEqualTo("/study/review?show=fact%3Agood-began-1994&v=0");
    HttpResponse<String> back = learner.get(link);
    assertThat(back.body())
        .contains("The source says")
        .contains("“The partnership began in 1994 with the Partnership for Peace”")
        .contains("The Mini Paper, Ada Author</span>, ¶")
        .contains("/sources/mini-paper?hl=")
        .contains("How well did you recall it?")
        .contains("<span>1 min</span>")
        .contains("<span>6 min</span>")
        .contains("<span>10 min</span>")
        .contains("<span>16 days</span>")
        .contains("data-key=\"3\"");

    assertThat(rateNext(3)).isEqualTo("fact:good-began-1994");
    // Good on a new card: the 10-minute step; the next card is new.
    assertThat(learner.get("/study/review").body())
        .contains("data-card=\"fact:good-bridge\"")
        .contains("0 due, 10 new");
  }

  @Test
  void anUnknownTopicIsRefusedNotDropped() {
    learner.get("/study");
    HttpResponse<String> refused =
        learner.post("/study/topics", "topic", "good", "topic", "no-such-topic");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("There is no topic `no-such-topic`");
    assertThat(learner.get("/study").body()).doesNotContain("checked");
  }

  @Test
  void aQuestionCardShowsItsAnswerAndExplanation() {
    choose("good");
    for (int i = 0; i < 4; i++) {
      rateNext(4);
    }
    HttpResponse<String> front = learner.get("/study/review");
    assertThat(group(CARD, front.body())).isEqualTo("question:good-q-year");
    assertThat(front.body()).contains("When did the partnership begin?").contains("<li>2006</li>");
    assertThat(learner.get(group(ANSWER_LINK, front.body())).body())
        .contains("<p class=\"answer\" lang=\"en\">1994</p>")
        .contains("The paper dates the start to 1994.");
  }

  @Test
  void twoTabsRatingTheSameCardCountItOnce() {
    choose("good");
    HttpResponse<String> front = learner.get("/study/review");
    String card = group(CARD, front.body());
    String link = group(ANSWER_LINK, front.body());
    learner.get(link);
    HttpResponse<String> first =
        learner.post("/study/review", "card", card, "version", "0", "rating", "4");
    HttpResponse<String> second =
        learner.post("/study/review", "card", card, "version", "0", "rating", "1");
    assertThat(WebClient.location(first)).isEqualTo("/study/review");
    assertThat(WebClient.location(second)).isEqualTo("/study/review?stale=1");
    assertThat(learner.get("/study/review?stale=1").body())
        .contains("That card was already rated")
        .doesNotContain("data-card=\"" + card + "\"");
    // The other tab's "Show answer" for the old version goes on to the next card too.
    assertThat(WebClient.location(learner.get(link))).isEqualTo("/study/review?stale=1");
    assertThat(learner.get("/progress").body())
        .contains("<strong>1</strong> review in 30 days")
        .contains("<strong>0</strong> due today");
  }

  @Test
  void aMissedQuizQuestionPutsTheCardsOfItsFactsOnTheStudyQueue() {
    learner.get("/quiz/new");
    String attempt =
        WebClient.location(
            learner.post("/quiz", "topic", "good", "count", "50", "mode", "test", "generated", ""));
    HttpResponse<String> page = learner.follow(attempt);
    learner.post(page.uri().getPath(), "text", "no idea");
    assertThat(learner.get("/study").body())
        .contains("Nothing to study now. The next card is due at ")
        .contains("(in 10 minutes).");
  }

  @Test
  void progressDrawsItsChartsAsSvgWithTitlesDescriptionsAndTables() {
    HttpResponse<String> empty = new WebClient(server.base()).get("/progress");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains("No reviews in the last 30 days yet.")
        .contains("Nothing is due today or in the next 7 days.");

    choose("good");
    rateNext(4);
    rateNext(3);
    rateNext(1);
    String html = learner.get("/progress").body();
    assertThat(html)
        .containsPattern(
            "<svg class=\"chart\" role=\"img\"[^>]* aria-labelledby=\"due-title due-desc\"")
        .contains("<title id=\"due-title\">Reviews due today and in the next 7 days</title>")
        .contains(
            "<desc id=\"reviews-desc\">3 reviews in the last 30 days, on 1 day; 3 today.</desc>")
        .contains("<rect class=\"bar\"")
        .contains("<th scope=\"col\">Day</th><th scope=\"col\">Cards due</th>")
        .contains("<strong>3</strong> reviews in 30 days")
        .contains("<strong>67%</strong> retention")
        .contains("67% of your reviews in the last 30 days (2 of 3) were not rated Again.")
        .contains("A good topic")
        .contains("11 cards: 0 mature, 1 young, 2 learning, 8 not started");
  }

  @Test
  void theLastCardLeadsToADonePage() {
    choose();
    HttpResponse<String> done = learner.get("/study/review");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("Nothing more to study now")
        .contains("You have not chosen any topics yet");
    assertThat(WebClient.location(new WebClient(server.base()).get("/study/review")))
        .isEqualTo("/study");
  }

  @Test
  void ratingsAreFormsWithTheirTokenAndAreChecked() {
    choose("good");
    String card = group(CARD, learner.get("/study/review").body());
    assertThat(
            learner
                .postRaw("/study/review", "card", card, "version", "0", "rating", "3")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            learner.post("/study/review", "card", card, "version", "0", "rating", "7").statusCode())
        .isEqualTo(400);
    assertThat(
            learner
                .post("/study/review", "card", "fact:nope", "version", "0", "rating", "3")
                .statusCode())
        .isEqualTo(404);
    assertThat(learner.get("/study/review?show=fact%3Anope&v=0").statusCode()).isEqualTo(404);
  }

  @Test
  void markupInContentIsShownAsText() {
    choose("markup-in-content");
    String front = learner.get("/study/review").body();
    assertThat(front).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    assertThat(learner.get("/study").body())
        .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
  }
}
