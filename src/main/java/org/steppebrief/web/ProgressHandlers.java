package org.steppebrief.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.i18n.Texts;
import org.steppebrief.store.Learner;
import org.steppebrief.study.Progress;
import org.steppebrief.study.StudyService;

/**
 * The progress page: cards due this week and reviews of the last 30 days as charts, retention, and
 * each topic's mastery as a stacked bar. A visitor without a learner sees the empty page.
 */
final class ProgressHandlers {
  private final StudyService study;
  private final LibraryHolder library;
  private final Visitor visitor;
  private final Views views;
  private final Clock clock;

  ProgressHandlers(
      StudyService study, LibraryHolder library, Visitor visitor, Views views, Clock clock) {
    this.study = study;
    this.library = library;
    this.visitor = visitor;
    this.views = views;
    this.clock = clock;
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

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
