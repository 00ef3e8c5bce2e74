package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.QuestionType;
import org.steppebrief.store.Database;
import org.steppebrief.store.Learner;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.TestDatabases;

class QuizServiceTest {
  private static final long NOW = 1_780_000_000_000L;

  @TempDir Path dir;

  private final Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

  private Library library() {
    return LibraryLoader.load(ContentFixture.withSheets(dir.resolve("content"), "good")).library();
  }

  private static QuizService.QuizChoice singleChoice(Attempt.Mode mode) {
    return new QuizService.QuizChoice(
        List.of("good"), List.of(QuestionType.SINGLE_CHOICE), 5, false, mode);
  }

  @Test
  void startsAndAnswersOnTheInjectedClockAndTellsStudyOfAMiss() {
    Library library = library();
    List<String> missedFacts = new ArrayList<>();
    try (Database db = TestDatabases.open("sqlite", dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      QuizService quizzes =
          new QuizService(
              new AttemptStore(db),
              () -> library,
              (learnerId, factIds, score, now) -> {
                assertThat(now).isEqualTo(NOW);
                missedFacts.addAll(factIds);
              },
              clock);
      Attempt attempt =
          quizzes.start(learner.id(), quizzes.plan(singleChoice(Attempt.Mode.TEST)).orElseThrow());
      assertThat(attempt.createdAt()).isEqualTo(NOW);
      assertThat(attempt.questionIds()).containsExactly("good-q-year");
      assertThat(attempt.request())
          .isEqualTo("topics=good&types=single-choice&count=5&generated=false");

      quizzes.answer(attempt, 0, q -> new Response.Choice("2006"));
      QuizService.Graded graded = quizzes.graded(attempt, 0).orElseThrow();
      assertThat(graded.record().answeredAt()).isEqualTo(NOW);
      assertThat(graded.correct()).isFalse();
      assertThat(missedFacts).containsExactly("good-began-1994");
      assertThat(quizzes.totals(quizzes.graded(attempt)).percent()).isZero();
    }
  }

  @Test
  void anAttemptThatDrawsNothingIsNotPlanned() {
    Library library = library();
    try (Database db = TestDatabases.open("sqlite", dir)) {
      QuizService quizzes =
          new QuizService(
              new AttemptStore(db), () -> library, QuizService.AnswerEffect.NONE, clock);
      assertThat(
              quizzes.plan(
                  new QuizService.QuizChoice(
                      List.of("good"), List.of(QuestionType.CLOZE), 0, false, Attempt.Mode.TEST)))
          .isEmpty();
    }
  }

  @Test
  void retryTakesWhatTheResultsShowAsNotRightNotTheStoredScore() {
    Library library = library();
    try (Database db = TestDatabases.open("sqlite", dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      AttemptStore attempts = new AttemptStore(db);
      QuizService quizzes =
          new QuizService(attempts, () -> library, QuizService.AnswerEffect.NONE, clock);
      Attempt attempt =
          quizzes.start(
              learner.id(), quizzes.plan(singleChoice(Attempt.Mode.PRACTICE)).orElseThrow());
      // A score stored as right for a response the question, as the content has it now, marks
      // wrong (the answer was corrected after the quiz was taken).
      attempts.recordAnswer(
          new AnswerRecord(
              attempt.id(),
              0,
              "good-q-year",
              ResponseCodec.encode(new Response.Choice("2006")),
              1.0,
              NOW));
      quizzes.finish(attempt);

      assertThat(quizzes.graded(attempt)).singleElement().matches(g -> !g.correct());
      assertThat(quizzes.totals(quizzes.graded(attempt)).score()).isZero();
      QuizService.Plan retry = quizzes.retryPlan(attempt).orElseThrow();
      assertThat(retry.questionIds()).containsExactly("good-q-year");
      assertThat(retry.mode()).isEqualTo(Attempt.Mode.PRACTICE);
      assertThat(retry.request()).isEqualTo("retry-of=" + attempt.id());
    }
  }

  @Test
  void aRightAnswerIsNotRetried() {
    Library library = library();
    try (Database db = TestDatabases.open("sqlite", dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      QuizService quizzes =
          new QuizService(
              new AttemptStore(db), () -> library, QuizService.AnswerEffect.NONE, clock);
      Attempt attempt =
          quizzes.start(learner.id(), quizzes.plan(singleChoice(Attempt.Mode.TEST)).orElseThrow());
      quizzes.answer(attempt, 0, q -> new Response.Choice("1994"));
      assertThat(quizzes.totals(quizzes.graded(attempt)).percent()).isEqualTo(100);
      assertThat(quizzes.retryPlan(attempt)).isEmpty();
    }
  }
}
