package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.AnswerRecord;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.store.Learner;
import org.steppebrief.store.LearnerStore;

/** The home page (topics, counts, the learner's progress) and resuming on another device. */
final class HomeHandlers {
  private final LibraryHolder library;
  private final AttemptStore attempts;
  private final LearnerStore learners;
  private final Visitor visitor;
  private final Views views;
  private java.util.function.BiFunction<String, Long, List<?>> assignments =
      (learner, now) -> List.of();

  HomeHandlers(
      LibraryHolder library,
      AttemptStore attempts,
      LearnerStore learners,
      Visitor visitor,
      Views views) {
    this.library = library;
    this.attempts = attempts;
    this.learners = learners;
    this.visitor = visitor;
    this.views = views;
  }

  /** The home page also lists the learner's open assignments, from {@code assignments}. */
  HomeHandlers withAssignments(java.util.function.BiFunction<String, Long, List<?>> assignments) {
    this.assignments = assignments;
    return this;
  }

  /** A topic on the home page with the learner's progress in it. */
  public record TopicCard(Topic topic, int facts, int questions, int answered, long percent) {
    public boolean started() {
      return answered > 0;
    }
  }

  void home(Context ctx) {
    LibraryHolder.Loaded loaded = library.get();
    Optional<Learner> learner = visitor.learner(ctx);
    Map<String, double[]> progress = new HashMap<>();
    List<Attempt> unfinished = new ArrayList<>();
    if (learner.isPresent()) {
      // Latest score per question: progress means what the learner knows now.
      Map<String, Double> latest = new HashMap<>();
      for (AnswerRecord a : attempts.answersOfLearner(learner.get().id())) {
        latest.put(a.questionId(), a.score());
      }
      latest.forEach(
          (questionId, score) ->
              loaded
                  .question(questionId)
                  .ifPresent(
                      q -> {
                        double[] p =
                            progress.computeIfAbsent(q.info().topicId(), k -> new double[2]);
                        p[0] += score;
                        p[1] += 1;
                      }));
      attempts.ofLearner(learner.get().id(), 20).stream()
          .filter(a -> !a.isFinished())
          .forEach(unfinished::add);
    }
    List<TopicCard> cards = new ArrayList<>();
    for (Topic t : loaded.library().topics()) {
      long questions =
          loaded.bank().stream()
              .map(Question::info)
              .filter(i -> i.topicId().equals(t.id()))
              .count();
      double[] p = progress.getOrDefault(t.id(), new double[2]);
      cards.add(
          new TopicCard(
              t,
              t.facts().size(),
              (int) questions,
              (int) p[1],
              p[1] == 0 ? 0 : Math.round(100 * p[0] / p[1])));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("cards", cards);
    model.put("unfinished", unfinished);
    model.put(
        "assignments",
        learner.isPresent()
            ? assignments.apply(learner.get().id(), System.currentTimeMillis())
            : List.of());
    model.put("factCount", loaded.library().facts().size());
    model.put("questionCount", loaded.bank().size());
    model.put("sourceCount", loaded.library().sources().size());
    views.render(ctx, "home", model);
  }

  void resumeForm(Context ctx) {
    views.render(ctx, "resume", new HashMap<>());
  }

  void resumeWithCode(Context ctx) {
    String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    Optional<Learner> learner =
        code.length() > 40 ? Optional.empty() : learners.findByResumeCode(code);
    if (learner.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      Map<String, Object> model = new HashMap<>();
      model.put("error", Languages.texts(ctx).get("resume.no-match"));
      views.render(ctx, "resume", model);
      return;
    }
    visitor.adopt(ctx, learner.get());
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }
}
