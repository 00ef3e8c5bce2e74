package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steppebrief.store.Database;
import org.steppebrief.store.Learner;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.NeedsPostgres;
import org.steppebrief.store.TestDatabases;
import org.steppebrief.store.Tokens;

class AttemptStoreTest {
  @TempDir Path dir;

  private static Attempt attempt(String learnerId) {
    return new Attempt(
        Tokens.id(),
        learnerId,
        42L,
        Attempt.Mode.TEST,
        "count=2",
        List.of("q-a", "q-b"),
        "v1",
        1000L,
        Optional.empty());
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void storesAnAttemptAndFindsItOnlyForItsOwner(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      LearnerStore learners = new LearnerStore(db);
      AttemptStore attempts = new AttemptStore(db);
      Learner owner = learners.create(1L);
      Learner other = learners.create(2L);
      Attempt a = attempt(owner.id());
      attempts.create(a);
      assertThat(attempts.findOwned(a.id(), owner.id())).contains(a);
      assertThat(attempts.findOwned(a.id(), other.id())).isEmpty();
      assertThat(attempts.ofLearner(owner.id(), 10)).containsExactly(a);
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void findsAnAttemptWithItsAnsweredPositionsOnlyForItsOwner(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      LearnerStore learners = new LearnerStore(db);
      AttemptStore attempts = new AttemptStore(db);
      Learner owner = learners.create(1L);
      Learner other = learners.create(2L);
      Attempt a = attempt(owner.id());
      attempts.create(a);
      assertThat(attempts.findOwnedWithAnswered(a.id(), owner.id()))
          .contains(new AttemptStore.Answered(a, Set.of()));
      attempts.recordAnswer(new AnswerRecord(a.id(), 1, "q-b", "r", 0.5, 5L));
      attempts.recordAnswer(new AnswerRecord(a.id(), 0, "q-a", "r", 1.0, 6L));
      assertThat(attempts.findOwnedWithAnswered(a.id(), owner.id()))
          .contains(new AttemptStore.Answered(a, Set.of(0, 1)));
      assertThat(attempts.findOwnedWithAnswered(a.id(), other.id())).isEmpty();
      assertThat(attempts.findOwnedWithAnswered("no-such-attempt", owner.id())).isEmpty();
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void recordingAnAnswerRunsItsConsequencesOnceInTheSameTransaction(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      AttemptStore attempts = new AttemptStore(db);
      Attempt a = attempt(learner.id());
      attempts.create(a);
      List<String> consequences = new ArrayList<>();
      AttemptStore.Saved first =
          attempts.recordAnswer(
              new AnswerRecord(a.id(), 1, "q-b", "r", 0.0, 5L),
              () -> consequences.add("seen " + attempts.answers(a.id()).size()));
      AttemptStore.Saved again =
          attempts.recordAnswer(
              new AnswerRecord(a.id(), 1, "q-b", "other", 1.0, 6L),
              () -> consequences.add("again"));
      // The consequence saw the answer it follows: it ran inside the answer's transaction.
      assertThat(consequences).containsExactly("seen 1");
      assertThat(first).isEqualTo(new AttemptStore.Saved(true, Set.of(1)));
      assertThat(again).isEqualTo(new AttemptStore.Saved(false, Set.of(1)));
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void countsADoubleSubmittedAnswerOnce(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      AttemptStore attempts = new AttemptStore(db);
      Attempt a = attempt(learner.id());
      attempts.create(a);
      assertThat(attempts.recordAnswer(new AnswerRecord(a.id(), 0, "q-a", "first", 1.0, 5L)))
          .isTrue();
      assertThat(attempts.recordAnswer(new AnswerRecord(a.id(), 0, "q-a", "second", 0.0, 6L)))
          .isFalse();
      assertThat(attempts.answers(a.id()))
          .singleElement()
          .satisfies(r -> assertThat(r.response()).isEqualTo("first"));
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void storesEachOfManyConcurrentAnswersExactlyOnce(String kind) throws Exception {
    try (Database db = TestDatabases.open(kind, dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      AttemptStore attempts = new AttemptStore(db);
      Attempt a = attempt(learner.id());
      attempts.create(a);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int position = i % 50;
        Callable<Boolean> submit =
            () -> attempts.recordAnswer(new AnswerRecord(a.id(), position, "q", "r", 1.0, 1L));
        results.add(pool.submit(submit));
      }
      int stored = 0;
      for (Future<Boolean> f : results) {
        stored += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertThat(stored).isEqualTo(50);
      assertThat(attempts.answers(a.id())).hasSize(50);
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void finishesAnAttemptOnce(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      Learner learner = new LearnerStore(db).create(1L);
      AttemptStore attempts = new AttemptStore(db);
      Attempt a = attempt(learner.id());
      attempts.create(a);
      attempts.finish(a.id(), 10L);
      attempts.finish(a.id(), 20L);
      assertThat(attempts.findOwned(a.id(), learner.id()).orElseThrow().finishedAt()).contains(10L);
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void findsALearnerByResumeCodeAsTypedByAPerson(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      LearnerStore learners = new LearnerStore(db);
      Learner learner = learners.create(1L);
      String typed =
          " " + learner.resumeCode().toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
      assertThat(learners.findByResumeCode(typed)).contains(learner);
      assertThat(learners.findByResumeCode("00000-00000")).isEmpty();
    }
  }
}
