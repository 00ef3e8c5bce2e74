package org.steppebrief.classes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.store.Database;

/**
 * Classes and assignments for the web: joining with the rate limit, starting an assignment's
 * attempt, refusing answers after closing, and the results board, rebuilt only when the
 * assignment's answers, attempts or members changed.
 */
public final class ClassService {
  /** The prefix of an attempt's {@code request} when it was made for an assignment. */
  public static final String REQUEST_PREFIX = "assignment=";

  private final Database db;
  private final ClassStore store;
  private final AttemptStore attempts;
  private final JoinLimiter limiter;

  /**
   * The last board built per assignment, with the version it was built at. Only a cache: any node
   * rebuilds from the database when the version (one aggregate query) differs.
   */
  private final Map<String, CachedBoard> boards = new ConcurrentHashMap<>();

  private record CachedBoard(String version, Board board) {}

  public ClassService(Database db, AttemptStore attempts) {
    this.db = db;
    this.store = new ClassStore(db);
    this.attempts = attempts;
    this.limiter = new JoinLimiter(db);
  }

  public ClassStore store() {
    return store;
  }

  /** What came of a join. */
  public sealed interface Joined {
    record InClass(ClassRoom room) implements Joined {}

    record BadName() implements Joined {}

    record UnknownCode() implements Joined {}

    record TooManyTries() implements Joined {}
  }

  /** The class behind a typed code, counting a wrong one against the address. */
  public Joined lookUp(String typedCode, String address, long now) {
    if (limiter.blocked(address, now)) {
      return new Joined.TooManyTries();
    }
    Optional<ClassRoom> room = JoinCode.parse(typedCode).flatMap(store::findByCode);
    if (room.isEmpty()) {
      limiter.failed(address, now);
      return new Joined.UnknownCode();
    }
    return new Joined.InClass(room.get());
  }

  /** Joins the learner to the class behind the code under the display name. */
  public Joined join(
      String typedCode, String typedName, String learnerId, String address, long now) {
    Joined found = lookUp(typedCode, address, now);
    if (!(found instanceof Joined.InClass in)) {
      return found;
    }
    Optional<String> name = DisplayName.parse(typedName);
    if (name.isEmpty()) {
      return new Joined.BadName();
    }
    store.join(in.room().id(), learnerId, name.get(), now);
    return found;
  }

  /**
   * The assignment that takes no answer to this attempt now (not yet open or closed), if there is
   * one; the web says why in the reader's language.
   */
  public Optional<Assignment> refusal(Attempt attempt, long now) {
    if (!attempt.request().startsWith(REQUEST_PREFIX)) {
      return Optional.empty();
    }
    Optional<Assignment> a = store.assignment(attempt.request().substring(REQUEST_PREFIX.length()));
    if (a.isEmpty() || a.get().state(now) == Assignment.State.OPEN) {
      return Optional.empty();
    }
    return a;
  }

  /** Starts an attempt at an open assignment, in one transaction with its link. */
  public void start(Attempt attempt, String assignmentId) {
    db.write(
        h -> {
          attempts.create(attempt);
          store.link(attempt.id(), assignmentId, attempt.learnerId(), attempt.createdAt());
          return null;
        });
  }

  /** The board of an assignment, from the cache while nothing it shows has changed. */
  public Board board(
      Assignment assignment, Library library, Function<String, Optional<Question>> questions) {
    String version =
        library.version() + "/" + store.boardVersion(assignment.id(), assignment.classId());
    CachedBoard cached = boards.get(assignment.id());
    if (cached != null && cached.version().equals(version)) {
      return cached.board();
    }
    Board board =
        Board.build(
            assignment,
            store.members(assignment.classId()),
            store.attempts(assignment.id()),
            questions,
            factId -> library.fact(factId).map(f -> f.citation().passageId()).orElse(""));
    boards.put(assignment.id(), new CachedBoard(version, board));
    return board;
  }

  /**
   * The questions each learner answered and did not get fully right in their counted attempt
   * (unanswered ones are not "missed": the learner may simply not have reached them).
   */
  public static Map<String, List<String>> missedByLearner(Board board) {
    Map<String, List<String>> missed = new java.util.LinkedHashMap<>();
    for (LearnerResult r : board.learners()) {
      if (r.attempts() == 0) {
        continue;
      }
      missed.put(
          r.learnerId(),
          board.assignment().questionIds().stream()
              .filter(id -> r.marks().get(id) != null && !r.marks().get(id).right())
              .toList());
    }
    return missed;
  }
}
