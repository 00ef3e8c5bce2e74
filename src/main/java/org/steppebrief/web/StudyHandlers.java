package org.steppebrief.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.i18n.Texts;
import org.steppebrief.store.Learner;
import org.steppebrief.study.Card;
import org.steppebrief.study.CardDeck;
import org.steppebrief.study.CardState;
import org.steppebrief.study.Rating;
import org.steppebrief.study.StoredCard;
import org.steppebrief.study.StudyQueue;
import org.steppebrief.study.StudyService;

/**
 * Self-study: choosing topics, today's queue, reviewing one card at a time (the answer is a second
 * GET, so it needs no script) and rating it. The progress page is {@link ProgressHandlers}; times
 * are written by {@link ReadableTime}.
 */
final class StudyHandlers {
  private final StudyService study;
  private final LibraryHolder library;
  private final Visitor visitor;
  private final Views views;
  private final Clock clock;

  StudyHandlers(
      StudyService study, LibraryHolder library, Visitor visitor, Views views, Clock clock) {
    this.study = study;
    this.library = library;
    this.visitor = visitor;
    this.views = views;
    this.clock = clock;
  }

  /** A topic on the study page: ticked or not, with how many of its cards the learner started. */
  public record TopicChoice(String id, String title, int cards, int started, boolean chosen) {}

  /** A rating button: the grade (also its key), its name and how long the card would wait. */
  public record RatingChoice(int grade, String label, String delay, String css) {}

  /** A card as the review page shows it. */
  public record CardView(
      String id,
      String kind,
      String label,
      String topic,
      String cue,
      String cueLang,
      String prompt,
      List<String> options,
      String answer,
      String answerLang,
      String explanation,
      List<Evidence> evidence,
      int version,
      String answerLink) {
    public boolean isFact() {
      return kind.equals("fact");
    }
  }

  void index(Context ctx) {
    long now = clock.millis();
    Texts texts = Languages.texts(ctx);
    Library lib = library.get().library();
    CardDeck deck = study.deck();
    Optional<Learner> learner = visitor.learner(ctx);
    Set<String> chosen = new LinkedHashSet<>();
    Set<String> started = new HashSet<>();
    Map<String, Object> model = new HashMap<>();
    if (learner.isPresent()) {
      chosen.addAll(study.chosenTopics(learner.get().id()));
      started.addAll(study.startedCards(learner.get().id()).keySet());
      StudyQueue queue = study.queue(learner.get().id(), now);
      model.put("queue", queue);
      model.put(
          "next",
          queue
              .nextDue()
              .map(due -> ReadableTime.when(due, now, study.zone(), texts))
              .orElse(null));
    }
    List<TopicChoice> topics = new ArrayList<>();
    for (Topic t : lib.topics()) {
      List<Card> cards = deck.ofTopic(t.id());
      int begun = (int) cards.stream().filter(c -> started.contains(c.id())).count();
      topics.add(new TopicChoice(t.id(), t.title(), cards.size(), begun, chosen.contains(t.id())));
    }
    model.put("topics", topics);
    model.put("chosenCount", chosen.size());
    model.put("saved", "1".equals(ctx.queryParam("saved")));
    model.put("newPerDay", study.newPerDay());
    views.render(ctx, "study/index", model);
  }

  void chooseTopics(Context ctx) {
    List<String> topics = TopicIds.of(ctx.formParams("topic"), library.get().library());
    Learner learner = visitor.learnerOrCreate(ctx);
    study.chooseTopics(learner.id(), topics, clock.millis());
    ctx.redirect("/study?saved=1", HttpStatus.SEE_OTHER);
  }

  /** The next card's front; with {@code show} and {@code v}, that card with its answer. */
  void review(Context ctx) {
    Optional<Learner> learner = visitor.learner(ctx);
    if (learner.isEmpty()) {
      ctx.redirect("/study", HttpStatus.SEE_OTHER);
      return;
    }
    String learnerId = learner.get().id();
    long now = clock.millis();
    Texts texts = Languages.texts(ctx);
    StudyQueue queue = study.queue(learnerId, now);
    Map<String, Object> model = new HashMap<>();
    model.put("stale", "1".equals(ctx.queryParam("stale")));
    model.put("dueCount", queue.due().size());
    model.put("newCount", queue.fresh().size());
    String show = ctx.queryParam("show");
    if (show != null) {
      StudyService.Shown shown =
          study.show(learnerId, show).orElseThrow(() -> new NotFoundResponse("error.no-such-card"));
      if (shown.stored().version() != parseInt(ctx.queryParam("v"), -1)) {
        // Rated in another tab since this one showed it: go on with the queue.
        ctx.redirect("/study/review?stale=1", HttpStatus.SEE_OTHER);
        return;
      }
      model.put("card", view(shown.card(), shown.stored(), texts));
      model.put("shown", true);
      model.put("ratings", ratings(shown.stored().state(), now, texts));
      views.render(ctx, "study/card", model);
      return;
    }
    Optional<StoredCard> next = queue.next();
    if (next.isEmpty()) {
      model.put(
          "next",
          queue
              .nextDue()
              .map(due -> ReadableTime.when(due, now, study.zone(), texts))
              .orElse(null));
      model.put("reviewedToday", study.reviewedToday(learnerId, now));
      model.put("hasTopics", !study.chosenTopics(learnerId).isEmpty());
      views.render(ctx, "study/done", model);
      return;
    }
    Card card = study.deck().card(next.get().cardId()).orElseThrow();
    model.put("card", view(card, next.get(), texts));
    model.put("shown", false);
    views.render(ctx, "study/card", model);
  }

  void rate(Context ctx) {
    Optional<Learner> learner = visitor.learner(ctx);
    if (learner.isEmpty()) {
      ctx.redirect("/study", HttpStatus.SEE_OTHER);
      return;
    }
    String cardId = Optional.ofNullable(ctx.formParam("card")).orElse("");
    int version = parseInt(ctx.formParam("version"), -1);
    Rating rating =
        Rating.ofGrade(parseInt(ctx.formParam("rating"), 0))
            .orElseThrow(() -> new BadRequestResponse("error.rate-with-buttons"));
    if (version < 0 || cardId.length() > 250) {
      throw new BadRequestResponse("error.rating-incomplete");
    }
    StudyService.Outcome outcome =
        study
            .rate(learner.get().id(), cardId, version, rating, clock.millis())
            .orElseThrow(() -> new NotFoundResponse("error.no-such-card"));
    ctx.redirect(
        outcome == StudyService.Outcome.COUNTED ? "/study/review" : "/study/review?stale=1",
        HttpStatus.SEE_OTHER);
  }

  private CardView view(Card card, StoredCard stored, Texts texts) {
    LibraryHolder.Loaded loaded = library.get();
    List<Evidence> evidence = new ArrayList<>();
    for (String factId : card.factIds()) {
      Fact fact = loaded.facts().get(factId);
      if (fact != null) {
        evidence.add(loaded.library().evidence(fact));
      }
    }
    CardWords words = CardWords.of(card, loaded, texts);
    return new CardView(
        card.id(),
        card.kind().key(),
        words.label(),
        loaded.library().topic(card.topicId()).map(Topic::title).orElse(""),
        words.cue(),
        words.cueLang(),
        card.prompt(),
        card.options(),
        words.answer(),
        words.answerLang(),
        card.explanation(),
        evidence,
        stored.version(),
        "/study/review?show="
            + URLEncoder.encode(card.id(), StandardCharsets.UTF_8)
            + "&v="
            + stored.version());
  }

  private List<RatingChoice> ratings(CardState state, long now, Texts texts) {
    List<RatingChoice> out = new ArrayList<>();
    for (Rating r : Rating.values()) {
      out.add(
          new RatingChoice(
              r.grade(),
              r.label(),
              ReadableTime.delay(study.scheduler().delay(state, r, now), texts),
              r.name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static int parseInt(String raw, int otherwise) {
    if (raw == null || raw.length() > 9) {
      return otherwise;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
