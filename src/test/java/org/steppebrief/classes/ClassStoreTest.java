package org.steppebrief.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.quiz.AnswerRecord;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.store.Database;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.TestDatabases;

/** The class tables on a real SQLite file and a real PostgreSQL server. */
class ClassStoreTest {
  @TempDir Path dir;

  static Assignment assignment(String classId, long opens, long closes) {
    return new Assignment(
        "asg-" + classId,
        classId,
        "Week 1",
        "test",
        "ticked=2",
        0,
        List.of("q1", "q2"),
        opens,
        closes,
        "Asia/Almaty",
        1,
        1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void classesAreFoundOnlyWithTheirInstructorAndCodesOnlyWhileLive(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      InstructorAccounts accounts = new InstructorAccounts(db);
      accounts.add("ada", "correct horse battery".toCharArray(), 1L);
      accounts.add("bob", "correct horse battery".toCharArray(), 1L);
      ClassStore store = new ClassStore(db);
      ClassRoom room = store.create("ada", "Қазақ тілі", 5L);
      assertThat(store.findOwned(room.id(), "ada")).contains(room);
      assertThat(store.findOwned(room.id(), "bob")).isEmpty();
      assertThat(store.ofInstructor("bob")).isEmpty();
      assertThat(store.findByCode(room.joinCode())).contains(room);
      String fresh = store.regenerateCode(room.id(), "ada");
      assertThat(store.findByCode(room.joinCode())).isEmpty();
      assertThat(store.findByCode(fresh)).isPresent();
      assertThat(store.regenerateCode(room.id(), "bob")).isNotNull();
      assertThat(store.findOwned(room.id(), "ada").orElseThrow().joinCode()).isEqualTo(fresh);
      store.archive(room.id(), "ada", Optional.of(9L));
      assertThat(store.findByCode(fresh)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void membersAssignmentsAndTheBoardVersionFollowTheAnswers(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      new InstructorAccounts(db).add("ada", "correct horse battery".toCharArray(), 1L);
      ClassStore store = new ClassStore(db);
      AttemptStore attempts = new AttemptStore(db);
      String learner = new LearnerStore(db).create(1L).id();
      ClassRoom room = store.create("ada", "C", 1L);
      store.join(room.id(), learner, "Ann", 2L);
      store.join(room.id(), learner, "Ann B", 3L);
      assertThat(store.members(room.id())).extracting(Member::name).containsExactly("Ann B");
      Assignment a = assignment(room.id(), 0L, 1_000L);
      store.createAssignment(a);
      assertThat(store.assignmentsOfLearner(learner))
          .extracting(la -> la.assignment().id())
          .containsExactly(a.id());
      String before = store.boardVersion(a.id(), room.id());
      Attempt attempt =
          new Attempt(
              "t1",
              learner,
              7L,
              Attempt.Mode.TEST,
              "assignment=" + a.id(),
              a.questionIds(),
              "v",
              10L,
              Optional.empty());
      new ClassService(db, attempts).start(attempt, a.id());
      assertThat(store.assignmentOfAttempt("t1")).contains(a.id());
      String started = store.boardVersion(a.id(), room.id());
      assertThat(started).isNotEqualTo(before);
      attempts.recordAnswer(new AnswerRecord("t1", 0, "q1", "1994", 1.0, 11L));
      assertThat(store.boardVersion(a.id(), room.id())).isNotEqualTo(started);
      List<ClassStore.AttemptRow> rows = store.attempts(a.id());
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).answers())
          .containsExactly(new ClassStore.AnswerRow(0, "q1", "1994", 1.0));
      assertThat(store.remove(room.id(), learner)).isTrue();
      assertThat(store.assignmentsOfLearner(learner)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void wrongCodesAreLimitedPerAddressAndTheWindowStartsAgain(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      JoinLimiter limiter = new JoinLimiter(db);
      long t = 1_000_000L;
      for (int i = 0; i < JoinLimiter.MAX_FAILURES - 1; i++) {
        limiter.failed("10.0.0.1", t + i);
      }
      assertThat(limiter.blocked("10.0.0.1", t + 100)).isFalse();
      limiter.failed("10.0.0.1", t + 100);
      assertThat(limiter.blocked("10.0.0.1", t + 101)).isTrue();
      assertThat(limiter.blocked("10.0.0.2", t + 101)).isFalse();
      // The window ends: the address may try again, and its count starts afresh.
      long later = t + JoinLimiter.WINDOW_MS + 1;
      assertThat(limiter.blocked("10.0.0.1", later)).isFalse();
      limiter.failed("10.0.0.1", later);
      assertThat(limiter.blocked("10.0.0.1", later + 1)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void anAssignmentClosedOrNotYetOpenRefusesAnswers(String kind) {
    try (Database db = TestDatabases.open(kind, dir)) {
      new InstructorAccounts(db).add("ada", "correct horse battery".toCharArray(), 1L);
      ClassService service = new ClassService(db, new AttemptStore(db));
      ClassRoom room = service.store().create("ada", "C", 1L);
      Assignment a = assignment(room.id(), 100L, 1_000L);
      service.store().createAssignment(a);
      Attempt attempt =
          new Attempt(
              "t",
              "l",
              1L,
              Attempt.Mode.TEST,
              "assignment=" + a.id(),
              List.of("q1"),
              "v",
              1L,
              Optional.empty());
      assertThat(service.refusal(attempt, 50L))
          .hasValueSatisfying(
              m -> assertThat(m.state(50L)).isEqualTo(Assignment.State.NOT_YET_OPEN));
      assertThat(service.refusal(attempt, 500L)).isEmpty();
      assertThat(service.refusal(attempt, 1_000L))
          .hasValueSatisfying(m -> assertThat(m.state(1_000L)).isEqualTo(Assignment.State.CLOSED));
      service.store().extend(a.id(), 2_000L);
      assertThat(service.refusal(attempt, 1_000L)).isEmpty();
      Attempt ordinary =
          new Attempt(
              "o", "l", 1L, Attempt.Mode.TEST, "topics=", List.of("q1"), "v", 1L, Optional.empty());
      assertThat(service.refusal(ordinary, 5_000L)).isEmpty();
    }
  }
}
