package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.content.Topic;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;
import org.steppebrief.quiz.Grade;
import org.steppebrief.quiz.Grader;
import org.steppebrief.quiz.QuizDraw;
import org.steppebrief.quiz.Response;
import org.steppebrief.quiz.ResponseCodec;
import org.steppebrief.store.AnswerRecord;
import org.steppebrief.store.Attempt;
import org.steppebrief.store.AttemptStore;
import org.steppebrief.store.Learner;
import org.steppebrief.store.Tokens;
import org.steppebrief.study.StudyService;

/** The quiz: choosing one, answering one question a page, feedback, results, retrying. */
final class QuizHandlers {
  static final int MAX_QUESTIONS = 50;

  private final LibraryHolder library;
  private final AttemptStore attempts;
  private final Visitor visitor;
  private final Views views;
  private final StudyService study;

  QuizHandlers(
      LibraryHolder library,
      AttemptStore attempts,
      Visitor visitor,
      Views views,
      StudyService study) {
    this.library = library;
    this.attempts = attempts;
    this.visitor = visitor;
    this.views = views;
    this.study = study;
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
    LibraryHolder.Loaded loaded = library.get();
    Set<String> topics = new LinkedHashSet<>();
    for (String id : ctx.formParams("topic")) {
      if (loaded.library().topic(id).isPresent()) {
        topics.add(id);
      }
    }
    Set<QuestionType> types = new LinkedHashSet<>();
    for (String key : ctx.formParams("type")) {
      QuestionType.fromKey(key).ifPresent(types::add);
    }
    int count = parseCount(ctx.formParam("count"));
    boolean generated = "on".equals(ctx.formParam("generated"));
    Attempt.Mode mode = Attempt.Mode.fromKey(ctx.formParam("mode"));
    long seed = Tokens.seed();
    List<Question> drawn =
        QuizDraw.draw(
            loaded.bank(), new QuizDraw.QuizRequest(topics, types, count, generated), seed);
    if (drawn.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      views.render(ctx, "quiz/new", newQuizModel(Languages.texts(ctx).get("quiz.new.no-match")));
      return;
    }
    String request =
        "topics="
            + String.join(",", topics)
            + "&types="
            + String.join(",", types.stream().map(QuestionType::key).toList())
            + "&count="
            + count
            + "&generated="
            + generated;
    begin(ctx, drawn.stream().map(Question::id).toList(), mode, request, seed);
  }

  private void begin(
      Context ctx, List<String> questionIds, Attempt.Mode mode, String request, long seed) {
    Learner learner = visitor.learnerOrCreate(ctx);
    Attempt attempt =
        new Attempt(
            Tokens.id(),
            learner.id(),
            seed,
            mode,
            request,
            questionIds,
            library.get().library().version(),
            System.currentTimeMillis(),
            Optional.empty());
    attempts.create(attempt);
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
      attempts.finish(attempt.id(), System.currentTimeMillis());
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
    Set<Integer> answered = owned.positions();
    if (answered.contains(position)) {
      ctx.redirect(
          attempt.mode() == Attempt.Mode.PRACTICE
              ? "/quiz/" + attempt.id() + "/q/" + (position + 1) + "/feedback"
              : "/quiz/" + attempt.id(),
          HttpStatus.SEE_OTHER);
      return;
    }
    Optional<Question> question = library.get().question(attempt.questionIds().get(position));
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
    Optional<Question> question = library.get().question(attempt.questionIds().get(position));
    Response response =
        question
            .map(q -> FormResponse.parse(q, Presentation.of(q, attempt.seed()), ctx.formParamMap()))
            .orElse(new Response.Blank());
    double score = question.map(q -> Grader.grade(q, response).score()).orElse(0.0);
    long now = System.currentTimeMillis();
    // Stored before the redirect is sent: an answer the learner saw accepted survives a crash. A
    // question not fully right brings the cards of its facts into the study queue in the same
    // transaction, once: a double-submitted answer is not stored and changes nothing.
    AttemptStore.Saved saved =
        attempts.recordAnswer(
            new AnswerRecord(
                attempt.id(),
                position,
                attempt.questionIds().get(position),
                ResponseCodec.encode(response),
                score,
                now),
            () ->
                question.ifPresent(
                    q -> study.quizAnswered(attempt.learnerId(), q.info().factIds(), score, now)));
    if (attempt.mode() == Attempt.Mode.PRACTICE) {
      ctx.redirect(
          "/quiz/" + attempt.id() + "/q/" + (position + 1) + "/feedback", HttpStatus.SEE_OTHER);
    } else {
      toNextQuestion(ctx, attempt, saved.answered());
    }
  }

  void feedback(Context ctx) {
    Attempt attempt = owned(ctx);
    int position = position(ctx, attempt);
    Optional<AnswerRecord> answer = answerAt(attempt, position);
    if (answer.isEmpty() || attempt.mode() != Attempt.Mode.PRACTICE) {
      ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Object> model = attemptModel(attempt, position);
    model.put("a", answerView(attempt, answer.get(), Languages.texts(ctx)));
    model.put("last", position + 1 >= attempt.questionIds().size());
    views.render(ctx, "quiz/feedback", model);
  }

  void finish(Context ctx) {
    Attempt attempt = owned(ctx);
    attempts.finish(attempt.id(), System.currentTimeMillis());
    ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
  }

  void result(Context ctx) {
    Attempt attempt = owned(ctx);
    if (!attempt.isFinished()) {
      ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
      return;
    }
    Map<Integer, AnswerRecord> byPosition = new HashMap<>();
    attempts.answers(attempt.id()).forEach(a -> byPosition.put(a.position(), a));
    List<AnswerView> answers = new ArrayList<>();
    Map<String, double[]> perTopic = new LinkedHashMap<>();
    double total = 0;
    Texts texts = Languages.texts(ctx);
    for (int i = 0; i < attempt.questionIds().size(); i++) {
      AnswerRecord record =
          byPosition.getOrDefault(
              i, new AnswerRecord(attempt.id(), i, attempt.questionIds().get(i), "", 0, 0));
      AnswerView view = answerView(attempt, record, texts);
      answers.add(view);
      total += view.score();
      double[] t = perTopic.computeIfAbsent(view.topic(), k -> new double[2]);
      t[0] += view.score();
      t[1] += 1;
    }
    List<TopicScore> topics = new ArrayList<>();
    perTopic.forEach((title, t) -> topics.add(new TopicScore(title, t[0], (int) t[1])));
    Map<String, Object> model = attemptModel(attempt, 0);
    model.put("answers", answers);
    model.put("topicScores", topics);
    model.put("score", total);
    model.put("percent", Math.round(100 * total / Math.max(1, attempt.questionIds().size())));
    model.put("missed", answers.stream().filter(a -> !a.correct()).count());
    views.render(ctx, "quiz/result", model);
  }

  void retry(Context ctx) {
    Attempt attempt = owned(ctx);
    Map<Integer, AnswerRecord> byPosition = new HashMap<>();
    attempts.answers(attempt.id()).forEach(a -> byPosition.put(a.position(), a));
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < attempt.questionIds().size(); i++) {
      AnswerRecord a = byPosition.get(i);
      String id = attempt.questionIds().get(i);
      if ((a == null || a.score() < 1.0) && library.get().question(id).isPresent()) {
        missed.add(id);
      }
    }
    if (missed.isEmpty()) {
      ctx.redirect("/quiz/" + attempt.id() + "/result", HttpStatus.SEE_OTHER);
      return;
    }
    begin(ctx, missed, attempt.mode(), "retry-of=" + attempt.id(), Tokens.seed());
  }

  private AnswerView answerView(Attempt attempt, AnswerRecord record, Texts texts) {
    LibraryHolder.Loaded loaded = library.get();
    Optional<Question> question = loaded.question(record.questionId());
    if (question.isEmpty()) {
      return AnswerView.removed(record.position());
    }
    Question q = question.get();
    Response response =
        record.answeredAt() == 0
            ? new Response.Blank()
            : ResponseCodec.decode(q.type(), record.response());
    Grade grade = Grader.grade(q, response);
    List<Evidence> evidence = new ArrayList<>();
    for (String factId : q.info().factIds()) {
      Optional.ofNullable(loaded.facts().get(factId))
          .ifPresent(f -> evidence.add(Evidence.of(loaded.library(), f)));
    }
    // A true-or-false answer is a word of the interface; every other answer is the content's.
    boolean truth = q instanceof Question.TrueFalse;
    return new AnswerView(
        record.position() + 1,
        q.info().prompt(),
        q.type().key(),
        loaded.library().topic(q.info().topicId()).map(Topic::title).orElse(""),
        ResponseText.describe(q, response, texts),
        truth ? ResponseText.truth(((Question.TrueFalse) q).answer(), texts) : grade.expected(),
        truth ? texts.tag() : Language.CONTENT,
        grade.score(),
        grade.correct(),
        record.answeredAt() != 0,
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

  private Optional<AnswerRecord> answerAt(Attempt attempt, int position) {
    return attempts.answers(attempt.id()).stream()
        .filter(a -> a.position() == position)
        .findFirst();
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

  /** A topic's share of an attempt's score. */
  public record TopicScore(String title, double score, int questions) {
    public long percent() {
      return Math.round(100 * score / Math.max(1, questions));
    }
  }
}
