package org.steppebrief.quiz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.content.Topic;
import org.steppebrief.store.Tokens;

/**
 * Quizzes for a learner: drawing one from the library in service, recording an answer (and its
 * effect on study) before the caller responds, finishing, grading, totals and retrying the missed
 * questions. The clock is injected; the web only parses requests and renders.
 *
 * <p>A score has one source: the stored response graded against the question as the library has it
 * now ({@link #graded}). The results page, its totals and "retry the missed ones" all read that, so
 * a question the results show as right is never retried.
 */
public final class QuizService {
  private final AttemptStore attempts;
  private final Supplier<Library> library;
  private final AnswerEffect effect;
  private final Clock clock;

  /** What else an answer changes, in the answer's own transaction (study brings cards forward). */
  @FunctionalInterface
  public interface AnswerEffect {
    AnswerEffect NONE = (learnerId, factIds, score, now) -> {};

    void answered(String learnerId, List<String> factIds, double score, long now);
  }

  public QuizService(
      AttemptStore attempts, Supplier<Library> library, AnswerEffect effect, Clock clock) {
    this.attempts = attempts;
    this.library = library;
    this.effect = effect;
    this.clock = clock;
  }

  /**
   * What a learner asked for, in the order asked.
   *
   * @param topicIds topics of the library (none means every topic)
   * @param types question types (none means every type)
   */
  public record QuizChoice(
      List<String> topicIds,
      List<QuestionType> types,
      int count,
      boolean generated,
      Attempt.Mode mode) {
    public QuizChoice {
      topicIds = List.copyOf(topicIds);
      types = List.copyOf(types);
    }

    QuizDraw.QuizRequest request() {
      return new QuizDraw.QuizRequest(
          new java.util.LinkedHashSet<>(topicIds),
          new java.util.LinkedHashSet<>(types),
          count,
          generated);
    }

    /** The choice as a query string, stored with the attempt. */
    String describe() {
      return "topics="
          + String.join(",", topicIds)
          + "&types="
          + String.join(",", types.stream().map(QuestionType::key).toList())
          + "&count="
          + count
          + "&generated="
          + generated;
    }
  }

  /** Questions drawn for an attempt not made yet: start it for a learner with {@link #start}. */
  public record Plan(List<String> questionIds, Attempt.Mode mode, String request, long seed) {
    public Plan {
      questionIds = List.copyOf(questionIds);
    }
  }

  /** The questions the choice draws, with a fresh seed; empty when no question matches. */
  public Optional<Plan> plan(QuizChoice choice) {
    long seed = Tokens.seed();
    List<Question> drawn =
        QuizDraw.draw(QuestionBank.of(library.get()).all(), choice.request(), seed);
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Plan(
            drawn.stream().map(Question::id).toList(), choice.mode(), choice.describe(), seed));
  }

  /** Stores a new attempt of the learner's for the plan. */
  public Attempt start(String learnerId, Plan plan) {
    Attempt attempt =
        new Attempt(
            Tokens.id(),
            learnerId,
            plan.seed(),
            plan.mode(),
            plan.request(),
            plan.questionIds(),
            library.get().version(),
            clock.millis(),
            Optional.empty());
    attempts.create(attempt);
    return attempt;
  }

  /** The question at a position of an attempt, if the library still has it. */
  public Optional<Question> question(Attempt attempt, int position) {
    return QuestionBank.of(library.get()).question(attempt.questionIds().get(position));
  }

  /**
   * Grades and stores the answer at {@code position}, read from the request by {@code read} (a
   * removed question gets a blank answer), committed before this returns. A question not fully
   * right brings its facts' study cards forward in the same transaction, once: a double-submitted
   * answer is not stored and changes nothing.
   */
  public AttemptStore.Saved answer(
      Attempt attempt, int position, Function<Question, Response> read) {
    Optional<Question> question = question(attempt, position);
    Response response = question.map(read).orElse(new Response.Blank());
    double score = question.map(q -> Grader.grade(q, response).score()).orElse(0.0);
    long now = clock.millis();
    return attempts.recordAnswer(
        new AnswerRecord(
            attempt.id(),
            position,
            attempt.questionIds().get(position),
            ResponseCodec.encode(response),
            score,
            now),
        () ->
            question.ifPresent(
                q -> effect.answered(attempt.learnerId(), q.info().factIds(), score, now)));
  }

  /** Marks the attempt finished now (a finished attempt keeps its first finishing time). */
  public void finish(Attempt attempt) {
    attempts.finish(attempt.id(), clock.millis());
  }

  /**
   * One position of an attempt graded: the question (empty if removed from the content), the stored
   * answer (a blank one if not answered), the response it decodes to and its grade.
   */
  public record Graded(
      int position,
      Optional<Question> question,
      AnswerRecord record,
      Response response,
      Optional<Grade> grade) {
    public boolean answered() {
      return record.answeredAt() != 0;
    }

    /** The score: the grade's, 0 for a removed question. */
    public double score() {
      return grade.map(Grade::score).orElse(0.0);
    }

    public boolean correct() {
      return grade.map(Grade::correct).orElse(false);
    }
  }

  /** The answer at one position, if stored, graded. */
  public Optional<Graded> graded(Attempt attempt, int position) {
    return attempts.answers(attempt.id()).stream()
        .filter(a -> a.position() == position)
        .findFirst()
        .map(record -> grade(record));
  }

  /** Every position of the attempt graded, in order; unanswered ones score 0. */
  public List<Graded> graded(Attempt attempt) {
    Map<Integer, AnswerRecord> byPosition = new HashMap<>();
    attempts.answers(attempt.id()).forEach(a -> byPosition.put(a.position(), a));
    List<Graded> out = new ArrayList<>();
    for (int i = 0; i < attempt.questionIds().size(); i++) {
      AnswerRecord record =
          byPosition.getOrDefault(
              i, new AnswerRecord(attempt.id(), i, attempt.questionIds().get(i), "", 0, 0));
      out.add(grade(record));
    }
    return out;
  }

  private Graded grade(AnswerRecord record) {
    Optional<Question> question = QuestionBank.of(library.get()).question(record.questionId());
    Response response =
        record.answeredAt() == 0 || question.isEmpty()
            ? new Response.Blank()
            : ResponseCodec.decode(question.get().type(), record.response());
    return new Graded(
        record.position(),
        question,
        record,
        response,
        question.map(q -> Grader.grade(q, response)));
  }

  /** An attempt's totals: overall and per topic (by title, in order of first question). */
  public record Totals(double score, int questions, List<TopicTotal> topics) {
    public Totals {
      topics = List.copyOf(topics);
    }

    public long percent() {
      return Math.round(100 * score / Math.max(1, questions));
    }
  }

  /** A topic's share of an attempt's score. */
  public record TopicTotal(String title, double score, int questions) {
    public long percent() {
      return Math.round(100 * score / Math.max(1, questions));
    }
  }

  /** The totals of graded positions; a removed question counts 0 under an untitled topic. */
  public Totals totals(List<Graded> graded) {
    Library lib = library.get();
    Map<String, double[]> perTopic = new LinkedHashMap<>();
    double total = 0;
    for (Graded g : graded) {
      String title =
          g.question().flatMap(q -> lib.topic(q.info().topicId())).map(Topic::title).orElse("");
      total += g.score();
      double[] t = perTopic.computeIfAbsent(title, k -> new double[2]);
      t[0] += g.score();
      t[1] += 1;
    }
    List<TopicTotal> topics = new ArrayList<>();
    perTopic.forEach((title, t) -> topics.add(new TopicTotal(title, t[0], (int) t[1])));
    return new Totals(total, graded.size(), topics);
  }

  /**
   * A new attempt of the questions the results show as not right (still in the content), in the
   * same mode; empty when there are none.
   */
  public Optional<Plan> retryPlan(Attempt attempt) {
    List<String> missed =
        graded(attempt).stream()
            .filter(g -> g.question().isPresent() && !g.correct())
            .map(g -> g.record().questionId())
            .toList();
    if (missed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Plan(missed, attempt.mode(), "retry-of=" + attempt.id(), Tokens.seed()));
  }

  /** The service's time, in epoch milliseconds: what answers and deadlines are compared with. */
  public long now() {
    return clock.millis();
  }
}
