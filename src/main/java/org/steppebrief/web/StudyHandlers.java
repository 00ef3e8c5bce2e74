package org.steppebrief.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.i18n.Texts;
import org.steppebrief.store.Learner;
import org.steppebrief.study.Card;
import org.steppebrief.study.CardDeck;
import org.steppebrief.study.CardState;
import org.steppebrief.study.Progress;
import org.steppebrief.study.Rating;
import org.steppebrief.study.StoredCard;
import org.steppebrief.study.StudyQueue;
import org.steppebrief.study.StudyService;

/**
 * Self-study: choosing topics, today's queue, reviewing one card at a time (the answer is a second
 * GET, so it needs no script), rating it, and the progress page with its charts.
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

  /**
   * A topic's line on the progress page, with the stacked bar's segments (mature, young, learning)
   * as x and width in the bar's 0–100 viewBox.
   */
  public record MasteryView(
      String title,
      Progress.TopicMastery topic,
      long percent,
      String matureWidth,
      String youngX,
      String youngWidth,
      String learningX,
      String learningWidth) {
    static MasteryView of(String title, Progress.TopicMastery t) {
      double cards = Math.max(1, t.cards());
      double mature = 100 * t.mature() / cards;
      double young = 100 * t.young() / cards;
      double learning = 100 * t.learning() / cards;
      return new MasteryView(
          title,
          t,
          Math.round(100 * t.mastery()),
          fmt(mature),
          fmt(mature),
          fmt(young),
          fmt(mature + young),
          fmt(learning));
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
      model.put("next", queue.nextDue().map(due -> when(due, now, texts)).orElse(null));
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
    Learner learner = visitor.learnerOrCreate(ctx);
    study.chooseTopics(learner.id(), ctx.formParams("topic"), clock.millis());
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
      model.put("next", queue.nextDue().map(due -> when(due, now, texts)).orElse(null));
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

  void progress(Context ctx) {
    long now = clock.millis();
    Texts texts = Languages.texts(ctx);
    Library lib = library.get().library();
    Optional<Learner> learner = visitor.learner(ctx);
    Progress p =
        learner.isPresent()
            ? study.progress(learner.get().id(), now)
            : Progress.of(
                study.deck(),
                lib.topics().stream().map(Topic::id).toList(),
                Map.of(),
                List.of(),
                now,
                study.zone());
    Map<String, Object> model = new HashMap<>();
    model.put("p", p);
    model.put("charts", List.of(dueChart(p, texts), reviewChart(p, texts)));
    model.put("dueToday", p.dueByDay().get(0).count());
    model.put("dueWeek", p.dueByDay().stream().mapToInt(Progress.Day::count).sum());
    model.put(
        "retention",
        p.retention().isPresent() ? Math.round(100 * p.retention().getAsDouble()) : null);
    model.put(
        "retentionWidth", p.retention().isPresent() ? fmt(100 * p.retention().getAsDouble()) : "0");
    List<MasteryView> topics = new ArrayList<>();
    for (Progress.TopicMastery t : p.topics()) {
      topics.add(MasteryView.of(lib.topic(t.topicId()).map(Topic::title).orElse(t.topicId()), t));
    }
    model.put("topics", topics);
    views.render(ctx, "progress", model);
  }

  private ProgressChart dueChart(Progress p, Texts texts) {
    List<ProgressChart.Point> points = new ArrayList<>();
    int total = 0;
    int most = -1;
    LocalDate busiest = null;
    for (int i = 0; i < p.dueByDay().size(); i++) {
      Progress.Day day = p.dueByDay().get(i);
      total += day.count();
      if (day.count() > most) {
        most = day.count();
        busiest = day.date();
      }
      points.add(
          new ProgressChart.Point(
              i == 0 ? texts.get("progress.today") : texts.pattern("format.weekday", day.date()),
              i == 0 ? texts.get("progress.today") : texts.pattern("format.day", day.date()),
              day.count(),
              true));
    }
    String description =
        total == 0
            ? texts.get("progress.due.none")
            : busiest.equals(p.dueByDay().get(0).date())
                ? texts.get("progress.due.busiest-today", total, p.dueByDay().get(0).count(), most)
                : texts.get(
                    "progress.due.busiest",
                    total,
                    p.dueByDay().get(0).count(),
                    texts.pattern("format.day", busiest),
                    most);
    return ProgressChart.of(
        "due",
        texts.get("progress.due.title"),
        description,
        texts.get("progress.due.column"),
        points,
        true);
  }

  private ProgressChart reviewChart(Progress p, Texts texts) {
    List<ProgressChart.Point> points = new ArrayList<>();
    int last = p.reviewsByDay().size() - 1;
    int active = 0;
    for (int i = 0; i <= last; i++) {
      Progress.Day day = p.reviewsByDay().get(i);
      if (day.count() > 0) {
        active++;
      }
      // Label every seventh day back from today, so the labels never crowd.
      boolean labelled = (last - i) % 7 == 0;
      points.add(
          new ProgressChart.Point(
              i == last
                  ? texts.get("progress.today")
                  : texts.pattern("format.day-month", day.date()),
              texts.pattern("format.day", day.date()),
              day.count(),
              labelled));
    }
    String description =
        p.reviews() == 0
            ? texts.get("progress.reviews.none")
            : texts.get(
                "progress.reviews.summary",
                p.reviews(),
                active,
                p.reviewsByDay().get(last).count());
    return ProgressChart.of(
        "reviews",
        texts.get("progress.reviews.title"),
        description,
        texts.get("progress.reviews.column"),
        points,
        false);
  }

  private CardView view(Card card, StoredCard stored, Texts texts) {
    LibraryHolder.Loaded loaded = library.get();
    List<Evidence> evidence = new ArrayList<>();
    for (String factId : card.factIds()) {
      Fact fact = loaded.facts().get(factId);
      if (fact != null) {
        evidence.add(Evidence.of(loaded.library(), fact));
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
              delay(study.scheduler().delay(state, r, now), texts),
              r.name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** "1 min", "6 min", "3 h", "4 days", "5 months", "1.5 years": how long a card would wait. */
  static String delay(Duration d, Texts texts) {
    long minutes = Math.round(d.toSeconds() / 60.0);
    if (minutes < 60) {
      return texts.get("delay.minutes", Math.max(1, minutes));
    }
    if (d.toHours() < 24) {
      return texts.get("delay.hours", Math.round(d.toMinutes() / 60.0));
    }
    long days = Math.round(d.toHours() / 24.0);
    if (days < 100) {
      return texts.get("delay.days", days);
    }
    if (days < 365) {
      return texts.get("delay.months", Math.round(days / 30.4));
    }
    return texts.get("delay.years", Math.round(days / 36.5) / 10.0);
  }

  /** "at 14:32 (in 8 minutes)", or "on Wed 11 Mar at 09:05" when not today. */
  private String when(long due, long now, Texts texts) {
    ZonedDateTime at = Instant.ofEpochMilli(due).atZone(study.zone());
    ZonedDateTime today = Instant.ofEpochMilli(now).atZone(study.zone());
    if (at.toLocalDate().equals(today.toLocalDate())) {
      long minutes = Math.max(1, Math.round((due - now) / 60_000.0));
      return texts.get(
          "when.today",
          texts.pattern("format.time", at),
          minutes < 90
              ? texts.get("when.minutes", minutes)
              : delay(Duration.ofMinutes(minutes), texts));
    }
    return texts.get(
        "when.later",
        texts.pattern("format.day", at.toLocalDate()),
        texts.pattern("format.time", at));
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

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
