package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.classes.Assignment;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.content.Topic;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.quiz.Grade;
import org.steppebrief.quiz.QuizService;
import org.steppebrief.quiz.Response;
import org.steppebrief.store.Learner;

/** The quiz: choosing one, answering one question a page, feedback, results, retrying. */
final class QuizHandlers {
  static final int MAX_QUESTIONS = 50;

  private final LibraryHolder library;
  private final AttemptStore attempts;
  private final QuizService quizzes;
  private final Visitor visitor;
  private final Views views;
  private AnswerGate gate = AnswerGate.OPEN;

  QuizHandlers(
      LibraryHolder library,
      AttemptStore attempts,
      QuizService quizzes,
      Visitor visitor,
      Views views) {
    this.library = library;
    this.attempts = attempts;
    this.quizzes = quizzes;
    this.visitor = visitor;
    this.views = views;
  }

  /** Answers pass {@code gate} first (classes: nothing is taken after an assignment closed). */
  QuizHandlers withGate(AnswerGate gate) {
    this.gate = gate;
    return this;
  }

  /**
   * Shows why the attempt takes no answer now, if it takes none: the page says so and offers the
   * result; what was answered before stays stored.
   */
  private boolean refused(Context ctx, Attempt attempt) {
    long now = quizzes.now();
    Optional<Assignment> refusal = gate.refusal(attempt, now);
    if (refusal.isEmpty()) {
      return false;
    }
    ctx.status(HttpStatus.CONFLICT);
    Map<String, Object> model = attemptModel(attempt, 0);
    model.put("message", new ClassWords(Languages.texts(ctx)).refusal(refusal.get(), now));
    views.render(ctx, "classes/closed", model);
    return true;
  }

  void newQuiz(Context ctx) {
    views.render(ctx, "quiz/new", newQuizModel(null));
  }

  private Map<String, Object> newQuizModel(String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("topics", library.get().library().topics());
    model.put("types", List.of(QuestionType.values()));
    model.put("error", error);
    model.put("maxQuestions", MAX_QUESTIONS);
    return model;
  }

  void start(Context ctx) {
    List<String> topics = TopicIds.of(ctx.formParams("topic"), library.get().library());
    Set<QuestionType> types = new LinkedHashSet<>();
    for (String key : ctx.formParams("type")) {
      QuestionType.fromKey(key).ifPresent(types::add);
    }
    Optional<QuizService.Plan> plan =
        quizzes.plan(
            new QuizService.QuizChoice(
                topics,
                List.copyOf(types),
                parseCount(ctx.formParam("count")),
                "on".equals(ctx.formParam("generated")),
                Attempt.Mode.fromKey(ctx.formParam("mode"))));
    if (plan.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      views.render(ctx, "quiz/new", newQuizModel(Languages.texts(ctx).get("quiz.new.no-match")));
      return;
    }
    begin(ctx, plan.get());
  }

  private void begin(Context ctx, QuizService.Plan plan) {
    Attempt attempt = quizzes.start(visitor.learnerOrCreate(ctx).id(), plan);
    ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
  }

  private static int parseCount(String raw) {
    try {
      int n = Integer.parseInt(raw == null ? "10" : raw.strip());
      return Math.max(1, Math.min(MAX_QUESTIONS, n));
    } catch (NumberFormatException e) {
      return 10;
    }
  }

  /** Sends the learner to the first unanswered question, or to the results. */
  void resume(Context ctx) {
    Attempt attempt = owned(ctx);
    Set<Integer> answered = new HashSet<>();
    attempts.answers(attempt.id()).forEach(a -> answered.add(a.position()));
    toNextQuestion(ctx, attempt, answered);
  }

  private void toNextQuestion(Context ctx, Attempt attempt, Set<Integer> answered) {
    int next = 0;
    while (next < attempt.questionIds().size() && answered.contains(next)) {
      next++;
    }
    if (next >= attempt.questionIds().size() || attempt.isFinished()) {
      quizzes.finish(attempt);
      ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
    } else {
      ctx.redirect("/quiz/" + attempt.id() + "/q/" + (next + 1), HttpStatus.SEE_OTHER);
    }
  }

  void question(Context ctx) {
    AttemptStore.Answered owned = ownedWithAnswered(ctx);
    Attempt attempt = owned.attempt();
    int position = position(ctx, attempt);
    if (attempt.isFinished()) {
      ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
      return;
    }
    if (refused(ctx, attempt)) {
      return;
    }
    Set<Integer> answered = owned.positions();
    if (answered.contains(position)) {
      ctx.redirect(
          attempt.mode() == Attempt.Mode.PRACTICE
              ? "/quiz/" + attempt.id() + "/q/" + (position + 1) + "/feedback"
              : "/quiz/" + attempt.id(),
          HttpStatus.SEE_OTHER);
      return;
    }
    Optional<Question> question = quizzes.question(attempt, position);
    if (question.isEmpty()) {
      Map<String, Object> model = attemptModel(attempt, position, answered.size());
      model.put("removed", true);
      views.render(ctx, "quiz/question", model);
      return;
    }
    // Everything but the attempt, the position, the counts and the order of the choices is the
    // same for every learner who is shown this question: it is rendered once, the rest filled in.
    Question q = question.get();
    Presentation shown = Presentation.of(q, attempt.seed());
    Map<String, String> values = shown.texts();
    values.put("attempt", attempt.id());
    values.put("position", Integer.toString(position + 1));
    values.put("total", Integer.toString(attempt.questionIds().size()));
    values.put("answered", Integer.toString(answered.size()));
    Learner learner = visitor.learner(ctx).orElseThrow();
    views.renderCompiled(
        ctx,
        List.of("question", q.id(), attempt.mode()),
        "quiz/question",
        () -> questionModel(attempt, q, shown.holes()),
        values,
        learner);
  }

  /** The question page's model, with holes for what differs between learners. */
  private Map<String, Object> questionModel(Attempt attempt, Question q, Presentation shown) {
    Map<String, Object> model = new HashMap<>();
    model.put("attempt", withHoleForId(attempt));
    model.put("position", CompiledPage.hole("position"));
    model.put("total", CompiledPage.hole("total"));
    model.put("answered", CompiledPage.hole("answered"));
    model.put("test", attempt.mode() == Attempt.Mode.TEST);
    model.put("q", QuestionView.of(q, shown));
    model.put(
        "topic", library.get().library().topic(q.info().topicId()).map(Topic::title).orElse(""));
    return model;
  }

  private static Attempt withHoleForId(Attempt attempt) {
    return new Attempt(
        CompiledPage.hole("attempt"),
        "",
        0,
        attempt.mode(),
        "",
        attempt.questionIds(),
        "",
        0,
        Optional.empty());
  }

  void answer(Context ctx) {
    Attempt attempt = owned(ctx);
    int position = position(ctx, attempt);
    if (attempt.isFinished()) {
      ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
      return;
    }
    if (refused(ctx, attempt)) {
      return;
    }
    // Stored before the redirect is sent: an answer the learner saw accepted survives a crash.
    AttemptStore.Saved saved;
    try {
      saved =
          quizzes.answer(
              attempt,
              position,
              q -> FormResponse.parse(q, Presentation.of(q, attempt.seed()), ctx.formParamMap()));
    } catch (RuntimeException e) {
      Optional<String> store = StoreFailures.explain(e);
      if (store.isEmpty()) {
        throw e;
      }
      notSaved(ctx, attempt, position, store.get(), e);
      return;
    }
    if (attempt.mode() == Attempt.Mode.PRACTICE) {
      ctx.redirect(
          "/quiz/" + attempt.id() + "/q/" + (position + 1) + "/feedback", HttpStatus.SEE_OTHER);
    } else {
      toNextQuestion(ctx, attempt, saved.answered());
    }
  }

  /**
   * The store refused this answer (a full disk, a database out of reach): the question is shown
   * again, answered 503 with Retry-After, saying the answer was not saved, with what the learner
   * sent put back in the form so that sending it again is one click. Rendered in full rather than
   * from the compiled page, which has no place for a learner's own input; this path is rare.
   */
  private void notSaved(
      Context ctx, Attempt attempt, int position, String reason, RuntimeException failure) {
    StoreFailures.log(ctx, failure);
    ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
    ctx.header("Retry-After", Integer.toString(StoreFailures.RETRY_AFTER_SECONDS));
    // The count in the progress bar is a read; if even reads fail, the generic 503 page answers.
    Map<String, Object> model = attemptModel(attempt, position);
    Texts texts = Languages.texts(ctx);
    model.put("notSaved", texts.get(reason) + " " + texts.get("error.store.answer-not-saved"));
    Optional<Question> question = quizzes.question(attempt, position);
    if (question.isEmpty()) {
      model.put("removed", true);
    } else {
      Question q = question.get();
      model.put("q", QuestionView.of(q, Presentation.of(q, attempt.seed())));
      model.put(
          "topic", library.get().library().topic(q.info().topicId()).map(Topic::title).orElse(""));
      model.put("given", new GivenAnswer(ctx.formParamMap()));
    }
    views.render(ctx, "quiz/question", model);
  }

  void feedback(Context ctx) {
    Attempt attempt = owned(ctx);
    int position = position(ctx, attempt);
    Optional<QuizService.Graded> answer = quizzes.graded(attempt, position);
    if (answer.isEmpty() || attempt.mode() != Attempt.Mode.PRACTICE) {
      ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Object> model = attemptModel(attempt, position);
    model.put("a", answerView(answer.get(), Languages.texts(ctx)));
    model.put("last", position + 1 >= attempt.questionIds().size());
    views.render(ctx, "quiz/feedback", model);
  }

  void finish(Context ctx) {
    Attempt attempt = owned(ctx);
    quizzes.finish(attempt);
    ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
  }

  void result(Context ctx) {
    Attempt attempt = owned(ctx);
    if (!attempt.isFinished()) {
      ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
      return;
    }
    List<QuizService.Graded> graded = quizzes.graded(attempt);
    Texts texts = Languages.texts(ctx);
    List<AnswerView> answers = graded.stream().map(g -> answerView(g, texts)).toList();
    QuizService.Totals totals = quizzes.totals(graded);
    Map<String, Object> model = attemptModel(attempt, 0);
    model.put("answers", answers);
    model.put("topicScores", totals.topics());
    model.put("score", totals.score());
    model.put("percent", totals.percent());
    model.put("missed", answers.stream().filter(a -> !a.correct()).count());
    views.render(ctx, "quiz/result", model);
  }

  void retry(Context ctx) {
    Attempt attempt = owned(ctx);
    Optional<QuizService.Plan> retry = quizzes.retryPlan(attempt);
    if (retry.isEmpty()) {
      ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
      return;
    }
    begin(ctx, retry.get());
  }

  private AnswerView answerView(QuizService.Graded graded, Texts texts) {
    LibraryHolder.Loaded loaded = library.get();
    if (graded.question().isEmpty() || graded.grade().isEmpty()) {
      return AnswerView.removed(graded.position());
    }
    Question q = graded.question().get();
    Grade grade = graded.grade().get();
    Response response = graded.response();
    List<Evidence> evidence = new ArrayList<>();
    for (String factId : q.info().factIds()) {
      Optional.ofNullable(loaded.facts().get(factId))
          .ifPresent(f -> evidence.add(loaded.library().evidence(f)));
    }
    // A true-or-false answer is a word of the interface; every other answer is the content's.
    boolean truth = q instanceof Question.TrueFalse;
    return new AnswerView(
        graded.position() + 1,
        q.info().prompt(),
        q.type().key(),
        loaded.library().topic(q.info().topicId()).map(Topic::title).orElse(""),
        ResponseText.describe(q, response, texts),
        truth ? ResponseText.truth(((Question.TrueFalse) q).answer(), texts) : grade.expected(),
        truth ? texts.tag() : Language.CONTENT,
        grade.score(),
        grade.correct(),
        graded.answered(),
        q.info().explanation(),
        evidence,
        q instanceof Question.Cloze c ? c.text().filled() : null);
  }

  private Map<String, Object> attemptModel(Attempt attempt, int position) {
    return attemptModel(attempt, position, attempts.answers(attempt.id()).size());
  }

  private Map<String, Object> attemptModel(Attempt attempt, int position, int answered) {
    Map<String, Object> model = new HashMap<>();
    model.put("attempt", attempt);
    model.put("position", position + 1);
    model.put("total", attempt.questionIds().size());
    model.put("answered", answered);
    model.put("test", attempt.mode() == Attempt.Mode.TEST);
    return model;
  }

  /** The attempt in the path, if this visitor owns it; anyone else gets the same 404 as a typo. */
  private Attempt owned(Context ctx) {
    return attempts
        .findOwned(ctx.pathParam("attempt"), ownerId(ctx))
        .orElseThrow(() -> new NotFoundResponse("error.no-such-quiz"));
  }

  /** {@link #owned} with the positions answered so far. */
  private AttemptStore.Answered ownedWithAnswered(Context ctx) {
    return attempts
        .findOwnedWithAnswered(ctx.pathParam("attempt"), ownerId(ctx))
        .orElseThrow(() -> new NotFoundResponse("error.no-such-quiz"));
  }

  /** The visitor's learner id, if the path's attempt id could be theirs. */
  private String ownerId(Context ctx) {
    Optional<Learner> learner = visitor.learner(ctx);
    if (learner.isEmpty() || ctx.pathParam("attempt").length() > 64) {
      throw new NotFoundResponse("error.no-such-quiz");
    }
    return learner.get().id();
  }

  private static int position(Context ctx, Attempt attempt) {
    try {
      int n = Integer.parseInt(ctx.pathParam("n"));
      if (n >= 1 && n <= attempt.questionIds().size()) {
        return n - 1;
      }
    } catch (NumberFormatException e) {
      // falls through to 404
    }
    throw new NotFoundResponse("error.no-such-question");
  }

  /** One question of an attempt with the learner's answer, the right one, and the evidence. */
  public record AnswerView(
      int position,
      String prompt,
      String type,
      String topic,
      String given,
      String expected,
      String answerLang,
      double score,
      boolean correct,
      boolean answered,
      String explanation,
      List<Evidence> evidence,
      String filledCloze) {
    static AnswerView removed(int position) {
      return new AnswerView(
          position + 1,
          "",
          null,
          "",
          "",
          "",
          Language.CONTENT,
          0,
          false,
          false,
          "",
          List.of(),
          null);
    }

    public boolean partial() {
      return score > 0 && score < 1;
    }

    public long percent() {
      return Math.round(score * 100);
    }
  }
}
