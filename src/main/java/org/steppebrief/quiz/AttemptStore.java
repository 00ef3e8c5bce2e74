package org.steppebrief.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.store.Database;

/** Attempts and their answers. Every answer is committed before the caller responds. */
public final class AttemptStore {
  private static final String ATTEMPT_COLUMNS =
      "id, learner_id, seed, mode, request, question_ids, library_version, created_at, finished_at";

  private final Database db;

  public AttemptStore(Database db) {
    this.db = db;
  }

  public void create(Attempt a) {
    db.write(
        h ->
            h.createUpdate(
                    "INSERT INTO attempts ("
                        + ATTEMPT_COLUMNS
                        + ") VALUES (:id, :learner, :seed, :mode, :request, :questions, :version, :at, NULL)")
                .bind("id", a.id())
                .bind("learner", a.learnerId())
                .bind("seed", a.seed())
                .bind("mode", a.mode().key())
                .bind("request", a.request())
                .bind("questions", String.join("\n", a.questionIds()))
                .bind("version", a.libraryVersion())
                .bind("at", a.createdAt())
                .execute());
  }

  /** The attempt, only if it belongs to {@code learnerId}: ids alone never grant access. */
  public Optional<Attempt> findOwned(String id, String learnerId) {
    return db.query(
        "SELECT " + ATTEMPT_COLUMNS + " FROM attempts WHERE id = ? AND learner_id = ?",
        s -> {
          s.setString(1, id);
          s.setString(2, learnerId);
        },
        rs -> rs.next() ? Optional.of(attempt(rs)) : Optional.empty());
  }

  /** An attempt with the positions answered so far. */
  public record Answered(Attempt attempt, Set<Integer> positions) {}

  /** {@link #findOwned} and the positions answered, in one query: the question page's reads. */
  public Optional<Answered> findOwnedWithAnswered(String id, String learnerId) {
    return db.query(
        "SELECT a."
            + ATTEMPT_COLUMNS.replace(", ", ", a.")
            + ", n.position FROM attempts a LEFT JOIN answers n ON n.attempt_id = a.id"
            + " WHERE a.id = ? AND a.learner_id = ?",
        s -> {
          s.setString(1, id);
          s.setString(2, learnerId);
        },
        rs -> {
          if (!rs.next()) {
            return Optional.empty();
          }
          Attempt attempt = attempt(rs);
          Set<Integer> positions = new HashSet<>();
          do {
            int position = rs.getInt(10);
            if (!rs.wasNull()) {
              positions.add(position);
            }
          } while (rs.next());
          return Optional.of(new Answered(attempt, positions));
        });
  }

  public List<Attempt> ofLearner(String learnerId, int limit) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + ATTEMPT_COLUMNS
                        + " FROM attempts WHERE learner_id = :learner ORDER BY created_at DESC, id LIMIT :limit")
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map((rs, ctx) -> attempt(rs))
                .list());
  }

  public List<AnswerRecord> answers(String attemptId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT attempt_id, position, question_id, response, score, answered_at FROM answers WHERE attempt_id = :id ORDER BY position")
                .bind("id", attemptId)
                .map((rs, ctx) -> answer(rs))
                .list());
  }

  /** Every answer a learner has given, for progress. */
  public List<AnswerRecord> answersOfLearner(String learnerId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT a.attempt_id, a.position, a.question_id, a.response, a.score, a.answered_at"
                        + " FROM answers a JOIN attempts t ON a.attempt_id = t.id WHERE t.learner_id = :learner"
                        + " ORDER BY a.answered_at")
                .bind("learner", learnerId)
                .map((rs, ctx) -> answer(rs))
                .list());
  }

  /** What storing an answer did, and the positions of the attempt answered after it. */
  public record Saved(boolean stored, Set<Integer> answered) {}

  /**
   * Stores an answer unless that position is already answered, and then, in the same transaction,
   * runs {@code whenStored} (whose own writes join it). A double submit (two clicks, two tabs, two
   * nodes) therefore counts once and has its consequences once.
   */
  public Saved recordAnswer(AnswerRecord a, Runnable whenStored) {
    return db.write(
        h -> {
          boolean stored = insert(a);
          if (stored) {
            whenStored.run();
          }
          Set<Integer> answered =
              db.query(
                  "SELECT position FROM answers WHERE attempt_id = ?",
                  s -> s.setString(1, a.attemptId()),
                  rs -> {
                    Set<Integer> positions = new HashSet<>();
                    while (rs.next()) {
                      positions.add(rs.getInt(1));
                    }
                    return positions;
                  });
          return new Saved(stored, answered);
        });
  }

  /** Stores an answer unless that position is already answered; returns whether it was stored. */
  public boolean recordAnswer(AnswerRecord a) {
    return db.write(h -> insert(a));
  }

  /** Inside a write: the answer, unless its position is answered. */
  private boolean insert(AnswerRecord a) {
    return db.update(
            "INSERT INTO answers (attempt_id, position, question_id, response, score, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, position) DO NOTHING",
            s -> {
              s.setString(1, a.attemptId());
              s.setInt(2, a.position());
              s.setString(3, a.questionId());
              s.setString(4, a.response());
              s.setDouble(5, a.score());
              s.setLong(6, a.answeredAt());
            })
        == 1;
  }

  public void finish(String attemptId, long now) {
    db.write(
        h ->
            h.createUpdate(
                    "UPDATE attempts SET finished_at = :at WHERE id = :id AND finished_at IS NULL")
                .bind("at", now)
                .bind("id", attemptId)
                .execute());
  }

  private static Attempt attempt(ResultSet rs) throws SQLException {
    long finished = rs.getLong(9);
    boolean unfinished = rs.wasNull();
    String ids = rs.getString(6);
    return new Attempt(
        rs.getString(1),
        rs.getString(2),
        rs.getLong(3),
        Attempt.Mode.fromKey(rs.getString(4)),
        rs.getString(5),
        ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n")),
        rs.getString(7),
        rs.getLong(8),
        unfinished ? Optional.empty() : Optional.of(finished));
  }

  private static AnswerRecord answer(ResultSet rs) throws SQLException {
    return new AnswerRecord(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDouble(5),
        rs.getLong(6));
  }
}
