package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Library;
import org.steppebrief.store.Database;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.TestDatabases;

class StudyServiceTest {
  private static final long MIN = 60_000;
  private static final long DAY = 86_400_000;
  private static final long NOW = Instant.parse("2026-03-10T09:00:00Z").toEpochMilli();

  @TempDir Path dir;
  private Database db;
  private StudyService study;
  private String learner;

  @BeforeEach
  void open() {
    Library library = StudyFixtures.library(dir);
    db = Database.open(TestDatabases.sqliteUrl(dir));
    learner = new LearnerStore(db).create(1L).id();
    study =
        new StudyService(
            new StudyStore(db), () -> library, new Scheduler(new Fsrs5()), ZoneOffset.UTC, 2);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aMissedQuizQuestionMakesTheCardsOfItsFactsDueWithinTenMinutes() {
    study.quizAnswered(learner, List.of("good-began-1994", "good-bridge"), 0.5, NOW);
    assertThat(study.queue(learner, NOW).due()).isEmpty();
    StudyQueue later = study.queue(learner, NOW + 10 * MIN);
    assertThat(later.due())
        .extracting(StoredCard::cardId)
        .containsExactlyInAnyOrder("fact:good-began-1994", "fact:good-bridge");
    assertThat(later.due())
        .allSatisfy(c -> assertThat(c.state().phase()).isEqualTo(CardState.Phase.LEARNING));
    // A right answer changes nothing; nor does the same mistake submitted twice.
    study.quizAnswered(learner, List.of("good-q-year"), 1.0, NOW);
    study.quizAnswered(learner, List.of("good-began-1994"), 0.0, NOW + 1000);
    assertThat(study.show(learner, "fact:good-began-1994").orElseThrow().stored().version())
        .isEqualTo(1);
    assertThat(study.progress(learner, NOW).reviews()).isZero();
  }

  @Test
  void aMissedQuizQuestionBringsAGraduatedCardBackToRelearn() {
    study.rate(learner, "fact:good-bridge", 0, Rating.EASY, NOW);
    long twoDaysOn = NOW + 2 * DAY;
    assertThat(study.queue(learner, twoDaysOn).due()).isEmpty();
    study.quizAnswered(learner, List.of("good-bridge"), 0.0, twoDaysOn);
    StoredCard card = study.queue(learner, twoDaysOn + 10 * MIN).due().get(0);
    assertThat(card.cardId()).isEqualTo("fact:good-bridge");
    assertThat(card.state().phase()).isEqualTo(CardState.Phase.RELEARNING);
  }

  @Test
  void aRatingCountsOnlyForTheVersionTheCardWasShownWith() {
    StudyService.Shown shown = study.show(learner, "fact:good-bridge").orElseThrow();
    int version = shown.stored().version();
    assertThat(study.rate(learner, "fact:good-bridge", version, Rating.GOOD, NOW))
        .contains(StudyService.Outcome.COUNTED);
    assertThat(study.rate(learner, "fact:good-bridge", version, Rating.AGAIN, NOW + 1000))
        .contains(StudyService.Outcome.ALREADY_RATED);
    assertThat(study.rate(learner, "fact:no-such-card", 0, Rating.GOOD, NOW)).isEmpty();
    assertThat(study.progress(learner, NOW + 2000).reviews()).isEqualTo(1);
  }

  @Test
  void newCardsStopAtTheDailyLimitAndComeAgainTheNextDay() {
    study.chooseTopics(learner, List.of("good", "no-such-topic"), NOW);
    assertThat(study.chosenTopics(learner)).containsExactly("good");
    StudyQueue morning = study.queue(learner, NOW);
    assertThat(morning.fresh()).hasSize(2);
    for (Card card : morning.fresh()) {
      study.rate(learner, card.id(), 0, Rating.EASY, NOW);
    }
    StudyQueue noon = study.queue(learner, NOW + 3 * 60 * MIN);
    assertThat(noon.fresh()).isEmpty();
    assertThat(noon.isEmpty()).isTrue();
    assertThat(noon.nextDue()).contains(NOW + 16 * DAY);
    assertThat(study.queue(learner, NOW + DAY).fresh()).hasSize(2);
  }
}
