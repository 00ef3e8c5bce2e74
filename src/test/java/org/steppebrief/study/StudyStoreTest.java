package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steppebrief.store.Database;
import org.steppebrief.store.Learner;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.NeedsPostgres;
import org.steppebrief.store.TestDatabases;

/** The study tables on SQLite and on a real PostgreSQL. */
class StudyStoreTest {
  private static final long MIN = 60_000;
  private static final long DAY = 86_400_000;
  private static final long T0 = 1_700_000_000_000L;
  private static final String CARD = "fact:good-began-1994";

  @TempDir Path dir;
  private final Scheduler scheduler = new Scheduler(new Fsrs5());

  private static String url(String kind, Path dir) {
    return kind.equals("postgres") ? TestDatabases.postgresUrl() : TestDatabases.sqliteUrl(dir);
  }

  /** Rates the card as stored now (new if never), as the service does. */
  private boolean rate(StudyStore store, String learner, Rating rating, long at) {
    StoredCard shown =
        store.card(learner, CARD).orElse(new StoredCard(CARD, "good", CardState.NEW, 0));
    return store.recordReview(learner, shown, scheduler.rate(shown.state(), rating, at));
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void keepsEveryReviewWithWhatFsrsSawAndTheCardsLatestState(String kind) {
    try (Database db = Database.open(url(kind, dir))) {
      String learner = new LearnerStore(db).create(1L).id();
      StudyStore store = new StudyStore(db);
      assertThat(rate(store, learner, Rating.GOOD, T0)).isTrue();
      assertThat(rate(store, learner, Rating.GOOD, T0 + 10 * MIN)).isTrue();
      assertThat(rate(store, learner, Rating.GOOD, T0 + 10 * MIN + 3 * DAY)).isTrue();

      List<ReviewRecord> history = store.reviews(learner, 0);
      assertThat(history).extracting(ReviewRecord::version).containsExactly(0, 1, 2);
      assertThat(history).extracting(ReviewRecord::rating).containsOnly(Rating.GOOD);
      assertThat(history)
          .extracting(ReviewRecord::phaseBefore)
          .containsExactly(CardState.Phase.NEW, CardState.Phase.LEARNING, CardState.Phase.REVIEW);
      assertThat(history).extracting(ReviewRecord::elapsedDays).containsExactly(0, 0, 3);
      assertThat(history.get(0).retrievability()).isNaN();
      assertThat(history.get(1).retrievability()).isEqualTo(1.0);
      // The values of SchedulerTest's first case: S 3.173 → 4.466858 → 11.951375, R 0.929463.
      assertThat(history.get(2).retrievability()).isCloseTo(0.929463, within(1e-6));
      assertThat(history)
          .extracting(ReviewRecord::stability)
          .satisfiesExactly(
              s -> assertThat(s).isCloseTo(3.173, within(1e-6)),
              s -> assertThat(s).isCloseTo(4.466858, within(1e-6)),
              s -> assertThat(s).isCloseTo(11.951375, within(1e-6)));
      assertThat(history.get(2).due()).isEqualTo(T0 + 10 * MIN + 15 * DAY);
      assertThat(store.reviews(learner, T0 + DAY)).hasSize(1);

      StoredCard card = store.card(learner, CARD).orElseThrow();
      assertThat(card.version()).isEqualTo(3);
      assertThat(card.topicId()).isEqualTo("good");
      assertThat(card.state().phase()).isEqualTo(CardState.Phase.REVIEW);
      assertThat(card.state().reps()).isEqualTo(3);
      assertThat(card.state().difficulty()).isCloseTo(5.263545, within(1e-6));
      assertThat(store.cards(learner)).containsOnlyKeys(CARD);
      assertThat(store.newCardsStartedSince(learner, T0)).isEqualTo(1);
      assertThat(store.newCardsStartedSince(learner, T0 + 1)).isZero();
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aRatingOfAVersionAlreadyRatedDoesNotCount(String kind) {
    try (Database db = Database.open(url(kind, dir))) {
      String learner = new LearnerStore(db).create(1L).id();
      StudyStore store = new StudyStore(db);
      StoredCard fresh = new StoredCard(CARD, "good", CardState.NEW, 0);
      // Two tabs showed the new card; both rate it.
      assertThat(store.recordReview(learner, fresh, scheduler.rate(fresh.state(), Rating.EASY, T0)))
          .isTrue();
      assertThat(
              store.recordReview(learner, fresh, scheduler.rate(fresh.state(), Rating.AGAIN, T0)))
          .isFalse();
      StoredCard v1 = store.card(learner, CARD).orElseThrow();
      assertThat(v1.state().phase()).isEqualTo(CardState.Phase.REVIEW);
      Scheduler.Review later = scheduler.rate(v1.state(), Rating.GOOD, T0 + 16 * DAY);
      assertThat(store.recordReview(learner, v1, later)).isTrue();
      assertThat(store.recordReview(learner, v1, later)).isFalse();
      assertThat(store.reviews(learner, 0))
          .extracting(ReviewRecord::rating)
          .containsExactly(Rating.EASY, Rating.GOOD);
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void manyConcurrentRatingsOfOneShownCardCountOnce(String kind) throws Exception {
    try (Database db = Database.open(url(kind, dir))) {
      String learner = new LearnerStore(db).create(1L).id();
      StudyStore store = new StudyStore(db);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 2; round++) {
          StoredCard shown =
              store.card(learner, CARD).orElse(new StoredCard(CARD, "good", CardState.NEW, 0));
          long at = T0 + round * 20 * DAY;
          List<Future<Boolean>> tabs = new ArrayList<>();
          for (int tab = 0; tab < 16; tab++) {
            Rating rating = Rating.values()[tab % 4];
            Callable<Boolean> rate =
                () -> store.recordReview(learner, shown, scheduler.rate(shown.state(), rating, at));
            tabs.add(pool.submit(rate));
          }
          int counted = 0;
          for (Future<Boolean> f : tabs) {
            counted += f.get() ? 1 : 0;
          }
          assertThat(counted).isEqualTo(1);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.reviews(learner, 0)).hasSize(2);
      assertThat(store.card(learner, CARD).orElseThrow().version()).isEqualTo(2);
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void topicsCardsAndHistorySurviveClosingAndReopeningTheDatabase(String kind) {
    String url = url(kind, dir);
    String learner;
    StoredCard before;
    try (Database db = Database.open(url)) {
      learner = new LearnerStore(db).create(1L).id();
      StudyStore store = new StudyStore(db);
      store.chooseTopics(learner, List.of("good", "markup-in-content"), T0);
      store.chooseTopics(learner, List.of("good"), T0);
      rate(store, learner, Rating.HARD, T0);
      before = store.card(learner, CARD).orElseThrow();
    }
    try (Database db = Database.open(url)) {
      StudyStore store = new StudyStore(db);
      assertThat(store.topics(learner)).containsExactly("good");
      assertThat(store.card(learner, CARD)).contains(before);
      assertThat(store.reviews(learner, 0))
          .singleElement()
          .satisfies(r -> assertThat(r.rating()).isEqualTo(Rating.HARD));
    }
  }

  @NeedsPostgres
  @Test
  void aQuizMistakeNeverOverwritesACardAnotherNodeChangedSinceItWasRead() throws Exception {
    ExecutorService otherNode = Executors.newSingleThreadExecutor();
    try (Database db = Database.open(TestDatabases.postgresUrl())) {
      String learner = new LearnerStore(db).create(1L).id();
      StudyStore store = new StudyStore(db);
      StoredCard fresh = new StoredCard(CARD, "good", CardState.NEW, 0);
      CardState soon = scheduler.missedInQuiz(CardState.NEW, T0).orElseThrow();
      assertThat(store.change(learner, fresh, state -> Optional.of(soon))).isTrue();
      boolean changed =
          store.change(
              learner,
              fresh,
              state -> {
                try {
                  otherNode.submit(() -> rate(store, learner, Rating.GOOD, T0 + MIN)).get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return Optional.of(soon);
              });
      assertThat(changed).isFalse();
      StoredCard stored = store.card(learner, CARD).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.state().reps()).isEqualTo(1);
    } finally {
      otherNode.shutdownNow();
    }
  }

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aQuizMistakeChangesTheStateItReadAndNothingWhenThereIsNothingToChange(String kind) {
    try (Database db = Database.open(url(kind, dir))) {
      LearnerStore learners = new LearnerStore(db);
      Learner learner = learners.create(1L);
      Learner other = learners.create(2L);
      StudyStore store = new StudyStore(db);
      StoredCard fresh = new StoredCard(CARD, "good", CardState.NEW, 0);
      CardState soon = scheduler.missedInQuiz(CardState.NEW, T0).orElseThrow();
      List<CardState> seen = new ArrayList<>();
      Function<CardState, Optional<CardState>> missed =
          state -> {
            seen.add(state);
            return scheduler.missedInQuiz(state, T0);
          };
      assertThat(store.change(learner.id(), fresh, missed)).isTrue();
      // Already due within ten minutes: read, and left as it is.
      assertThat(store.change(learner.id(), fresh, missed)).isTrue();
      assertThat(seen).containsExactly(CardState.NEW, soon);
      StoredCard stored = store.card(learner.id(), CARD).orElseThrow();
      assertThat(stored.state()).isEqualTo(soon);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.reviews(learner.id(), 0)).isEmpty();
      // Nothing of one learner's study is another's.
      assertThat(store.cards(other.id())).isEmpty();
      assertThat(store.card(other.id(), CARD)).isEmpty();
    }
  }
}
