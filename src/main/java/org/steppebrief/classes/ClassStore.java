package org.steppebrief.classes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.store.Database;
import org.steppebrief.store.Tokens;

/**
 * Classes, members, assignments and the attempts made for them (tables of {@code
 * V3__classes_assignments.sql}). Every instructor-side lookup names the instructor: a class of
 * someone else is not found.
 */
public final class ClassStore {
  private static final String CLASS_COLUMNS =
      "id, instructor, name, join_code, archived_at, created_at";
  private static final String ASSIGNMENT_COLUMNS =
      "id, class_id, title, mode, request, seed, question_ids, opens_at, closes_at, zone,"
          + " max_attempts, created_at";

  private final Database db;

  public ClassStore(Database db) {
    this.db = db;
  }

  // --- classes -------------------------------------------------------------------------------

  public ClassRoom create(String instructor, String name, long now) {
    for (int tries = 0; ; tries++) {
      ClassRoom room =
          new ClassRoom(Tokens.id(), instructor, name, JoinCode.random(), Optional.empty(), now);
      try {
        db.write(
            h ->
                h.createUpdate(
                        "INSERT INTO classes ("
                            + CLASS_COLUMNS
                            + ") VALUES (:id, :who, :name, :code, NULL, :at)")
                    .bind("id", room.id())
                    .bind("who", instructor)
                    .bind("name", name)
                    .bind("code", room.joinCode())
                    .bind("at", now)
                    .execute());
        return room;
      } catch (RuntimeException e) {
        // A join-code collision (one in 2^40 per pair of classes) draws again.
        if (tries >= 3) {
          throw e;
        }
      }
    }
  }

  public List<ClassRoom> ofInstructor(String instructor) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + CLASS_COLUMNS
                        + " FROM classes WHERE instructor = :who"
                        + " ORDER BY archived_at IS NOT NULL, created_at DESC, id")
                .bind("who", instructor)
                .map((rs, ctx) -> classRoom(rs))
                .list());
  }

  /** The class, only if {@code instructor} made it. */
  public Optional<ClassRoom> findOwned(String id, String instructor) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + CLASS_COLUMNS
                        + " FROM classes WHERE id = :id AND instructor = :who")
                .bind("id", id)
                .bind("who", instructor)
                .map((rs, ctx) -> classRoom(rs))
                .findOne());
  }

  public Optional<ClassRoom> find(String id) {
    return db.read(
        h ->
            h.createQuery("SELECT " + CLASS_COLUMNS + " FROM classes WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> classRoom(rs))
                .findOne());
  }

  /** The class a code lets learners into: never an archived one. */
  public Optional<ClassRoom> findByCode(String code) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + CLASS_COLUMNS
                        + " FROM classes WHERE join_code = :code AND archived_at IS NULL")
                .bind("code", code)
                .map((rs, ctx) -> classRoom(rs))
                .findOne());
  }

  public void rename(String id, String instructor, String name) {
    db.write(
        h ->
            h.createUpdate("UPDATE classes SET name = :name WHERE id = :id AND instructor = :who")
                .bind("name", name)
                .bind("id", id)
                .bind("who", instructor)
                .execute());
  }

  /** Archives (or, with {@code at} empty, restores) a class: an archived class takes no joins. */
  public void archive(String id, String instructor, Optional<Long> at) {
    db.write(
        h ->
            h.createUpdate(
                    "UPDATE classes SET archived_at = :at WHERE id = :id AND instructor = :who")
                .bind("at", at.orElse(null))
                .bind("id", id)
                .bind("who", instructor)
                .execute());
  }

  /** A new join code; the old one stops working with this commit. */
  public String regenerateCode(String id, String instructor) {
    for (int tries = 0; ; tries++) {
      String code = JoinCode.random();
      try {
        db.write(
            h ->
                h.createUpdate(
                        "UPDATE classes SET join_code = :code WHERE id = :id AND instructor = :who")
                    .bind("code", code)
                    .bind("id", id)
                    .bind("who", instructor)
                    .execute());
        return code;
      } catch (RuntimeException e) {
        if (tries >= 3) {
          throw e;
        }
      }
    }
  }

  // --- members -------------------------------------------------------------------------------

  /** Adds the learner, or renames them if they are in the class already. */
  public void join(String classId, String learnerId, String name, long now) {
    db.write(
        h ->
            h.createUpdate(
                    "INSERT INTO class_members (class_id, learner_id, display_name, joined_at)"
                        + " VALUES (:c, :l, :name, :at)"
                        + " ON CONFLICT (class_id, learner_id) DO UPDATE SET display_name = :name")
                .bind("c", classId)
                .bind("l", learnerId)
                .bind("name", name)
                .bind("at", now)
                .execute());
  }

  /** Takes the learner out of the class (leaving, or removed by the instructor). */
  public boolean remove(String classId, String learnerId) {
    return db.write(
            h ->
                h.createUpdate("DELETE FROM class_members WHERE class_id = :c AND learner_id = :l")
                    .bind("c", classId)
                    .bind("l", learnerId)
                    .execute())
        == 1;
  }

  public List<Member> members(String classId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT class_id, learner_id, display_name, joined_at FROM class_members"
                        + " WHERE class_id = :c ORDER BY joined_at, learner_id")
                .bind("c", classId)
                .map(
                    (rs, ctx) ->
                        new Member(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list());
  }

  public Optional<Member> member(String classId, String learnerId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT class_id, learner_id, display_name, joined_at FROM class_members"
                        + " WHERE class_id = :c AND learner_id = :l")
                .bind("c", classId)
                .bind("l", learnerId)
                .map(
                    (rs, ctx) ->
                        new Member(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .findOne());
  }

  /** A learner's classes with the name they gave in each. */
  public record Membership(ClassRoom room, Member member) {}

  public List<Membership> classesOfLearner(String learnerId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT c.id, c.instructor, c.name, c.join_code, c.archived_at, c.created_at,"
                        + " m.class_id, m.learner_id, m.display_name, m.joined_at"
                        + " FROM class_members m JOIN classes c ON c.id = m.class_id"
                        + " WHERE m.learner_id = :l ORDER BY m.joined_at, c.id")
                .bind("l", learnerId)
                .map(
                    (rs, ctx) ->
                        new Membership(
                            classRoom(rs),
                            new Member(
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10))))
                .list());
  }

  // --- assignments ---------------------------------------------------------------------------

  public void createAssignment(Assignment a) {
    db.write(
        h ->
            h.createUpdate(
                    "INSERT INTO assignments ("
                        + ASSIGNMENT_COLUMNS
                        + ") VALUES (:id, :c, :title, :mode,"
                        + " :request, :seed, :questions, :opens, :closes, :zone, :max, :at)")
                .bind("id", a.id())
                .bind("c", a.classId())
                .bind("title", a.title())
                .bind("mode", a.mode())
                .bind("request", a.request())
                .bind("seed", a.seed())
                .bind("questions", String.join("\n", a.questionIds()))
                .bind("opens", a.opensAt())
                .bind("closes", a.closesAt())
                .bind("zone", a.zone())
                .bind("max", a.maxAttempts())
                .bind("at", a.createdAt())
                .execute());
  }

  public Optional<Assignment> assignment(String id) {
    return db.read(
        h ->
            h.createQuery("SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> assignment(rs))
                .findOne());
  }

  public List<Assignment> assignmentsOf(String classId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + ASSIGNMENT_COLUMNS
                        + " FROM assignments WHERE class_id = :c"
                        + " ORDER BY opens_at DESC, created_at DESC, id")
                .bind("c", classId)
                .map((rs, ctx) -> assignment(rs))
                .list());
  }

  /** The assignments of every class the learner is in, with that class, soonest closing first. */
  public record LearnerAssignment(Assignment assignment, ClassRoom room) {}

  public List<LearnerAssignment> assignmentsOfLearner(String learnerId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT a.id, a.class_id, a.title, a.mode, a.request, a.seed, a.question_ids,"
                        + " a.opens_at, a.closes_at, a.zone, a.max_attempts, a.created_at,"
                        + " c.id, c.instructor, c.name, c.join_code, c.archived_at, c.created_at"
                        + " FROM class_members m JOIN classes c ON c.id = m.class_id"
                        + " JOIN assignments a ON a.class_id = c.id"
                        + " WHERE m.learner_id = :l AND c.archived_at IS NULL ORDER BY a.closes_at, a.id")
                .bind("l", learnerId)
                .map((rs, ctx) -> new LearnerAssignment(assignment(rs), classRoom(rs, 12)))
                .list());
  }

  public void extend(String assignmentId, long closesAt) {
    db.write(
        h ->
            h.createUpdate("UPDATE assignments SET closes_at = :at WHERE id = :id")
                .bind("at", closesAt)
                .bind("id", assignmentId)
                .execute());
  }

  // --- attempts made for assignments -----------------------------------------------------------

  /** Records that an attempt was made for an assignment (called in the attempt's own write). */
  public void link(String attemptId, String assignmentId, String learnerId, long now) {
    db.write(
        h ->
            h.createUpdate(
                    "INSERT INTO assignment_attempts (attempt_id, assignment_id, learner_id, created_at)"
                        + " VALUES (:t, :a, :l, :at)")
                .bind("t", attemptId)
                .bind("a", assignmentId)
                .bind("l", learnerId)
                .bind("at", now)
                .execute());
  }

  /** The assignment an attempt was made for, if any. */
  public Optional<String> assignmentOfAttempt(String attemptId) {
    return db.query(
        "SELECT assignment_id FROM assignment_attempts WHERE attempt_id = ?",
        s -> s.setString(1, attemptId),
        rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
  }

  /** One attempt at an assignment with its answers, as the board reads it. */
  public record AttemptRow(
      String attemptId,
      String learnerId,
      long seed,
      long createdAt,
      Optional<Long> finishedAt,
      List<AnswerRow> answers) {}

  /** One stored answer. */
  public record AnswerRow(int position, String questionId, String response, double score) {}

  /** Every attempt at the assignment and every answer in them, in one query. */
  public List<AttemptRow> attempts(String assignmentId) {
    return db.query(
        "SELECT x.attempt_id, x.learner_id, t.seed, t.created_at, t.finished_at,"
            + " n.position, n.question_id, n.response, n.score"
            + " FROM assignment_attempts x JOIN attempts t ON t.id = x.attempt_id"
            + " LEFT JOIN answers n ON n.attempt_id = x.attempt_id"
            + " WHERE x.assignment_id = ? ORDER BY t.created_at, x.attempt_id, n.position",
        s -> s.setString(1, assignmentId),
        rs -> {
          Map<String, AttemptRow> rows = new LinkedHashMap<>();
          while (rs.next()) {
            String id = rs.getString(1);
            AttemptRow row = rows.get(id);
            if (row == null) {
              long finished = rs.getLong(5);
              boolean open = rs.wasNull();
              row =
                  new AttemptRow(
                      id,
                      rs.getString(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      open ? Optional.empty() : Optional.of(finished),
                      new ArrayList<>());
              rows.put(id, row);
            }
            int position = rs.getInt(6);
            if (!rs.wasNull()) {
              row.answers()
                  .add(new AnswerRow(position, rs.getString(7), rs.getString(8), rs.getDouble(9)));
            }
          }
          return List.copyOf(rows.values());
        });
  }

  /** The learner's attempts at an assignment, oldest first. */
  public List<String> attemptIds(String assignmentId, String learnerId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT attempt_id FROM assignment_attempts WHERE assignment_id = :a AND learner_id = :l"
                        + " ORDER BY created_at, attempt_id")
                .bind("a", assignmentId)
                .bind("l", learnerId)
                .mapTo(String.class)
                .list());
  }

  /**
   * What the board shows changes exactly when one of these does: the answers, the attempts, the
   * finished attempts, the members or the closing time. One aggregate query; the board is rebuilt
   * only when it differs from the last one (on any node: it reads the shared database).
   */
  public String boardVersion(String assignmentId, String classId) {
    return db.query(
        "SELECT (SELECT COUNT(*) FROM assignment_attempts x JOIN answers n ON n.attempt_id = x.attempt_id"
            + "  WHERE x.assignment_id = ?),"
            + " (SELECT COUNT(*) FROM assignment_attempts x WHERE x.assignment_id = ?),"
            + " (SELECT COUNT(*) FROM assignment_attempts x JOIN attempts t ON t.id = x.attempt_id"
            + "  WHERE x.assignment_id = ? AND t.finished_at IS NOT NULL),"
            + " (SELECT COUNT(*) FROM class_members m WHERE m.class_id = ?),"
            + " (SELECT MAX(joined_at) FROM class_members m WHERE m.class_id = ?),"
            + " (SELECT closes_at FROM assignments WHERE id = ?)",
        s -> {
          s.setString(1, assignmentId);
          s.setString(2, assignmentId);
          s.setString(3, assignmentId);
          s.setString(4, classId);
          s.setString(5, classId);
          s.setString(6, assignmentId);
        },
        rs -> {
          rs.next();
          StringBuilder v = new StringBuilder();
          for (int i = 1; i <= 6; i++) {
            v.append(rs.getLong(i)).append('/');
          }
          return v.toString();
        });
  }

  // --- rows ------------------------------------------------------------------------------------

  private static ClassRoom classRoom(ResultSet rs) throws SQLException {
    return classRoom(rs, 0);
  }

  private static ClassRoom classRoom(ResultSet rs, int offset) throws SQLException {
    long archived = rs.getLong(offset + 5);
    boolean live = rs.wasNull();
    return new ClassRoom(
        rs.getString(offset + 1),
        rs.getString(offset + 2),
        rs.getString(offset + 3),
        rs.getString(offset + 4),
        live ? Optional.empty() : Optional.of(archived),
        rs.getLong(offset + 6));
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    String ids = rs.getString(7);
    return new Assignment(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n")),
        rs.getLong(8),
        rs.getLong(9),
        rs.getString(10),
        rs.getInt(11),
        rs.getLong(12));
  }
}
