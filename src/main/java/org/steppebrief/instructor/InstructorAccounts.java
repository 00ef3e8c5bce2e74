package org.steppebrief.instructor;

import java.util.Optional;
import java.util.OptionalLong;
import org.steppebrief.store.Database;
import org.steppebrief.store.Tokens;

/**
 * Instructor accounts, sign-in with lockout, and sign-in sessions. Everything lives in the
 * database, so any node of a cluster can check a session or a lockout another node set.
 */
public final class InstructorAccounts {
  /** Failed sign-ins in a row that lock an account. */
  static final int MAX_FAILURES = 5;

  static final long LOCK_MILLIS = 15 * 60 * 1000L;
  static final long SESSION_MILLIS = 8 * 60 * 60 * 1000L;

  private final Database db;

  public InstructorAccounts(Database db) {
    this.db = db;
  }

  /**
   * The outcome of a sign-in; a locked account says until when, nothing says which part was wrong.
   */
  public sealed interface SignIn {
    /** Signed in: the new session's id. */
    record Success(String sessionId) implements SignIn {}

    /** Wrong name or password. */
    record Refused() implements SignIn {}

    /** Too many failures: try again after {@code until} (epoch ms). */
    record Locked(long until) implements SignIn {}
  }

  /**
   * Adds an instructor, or replaces the password of an existing one and ends every session signed
   * in with the old one; returns whether it was new.
   */
  public boolean add(String name, char[] password, long now) {
    String hash = PasswordHash.hash(password);
    return db.write(
        h -> {
          int updated =
              h.createUpdate("UPDATE instructors SET password_hash = :hash WHERE name = :name")
                  .bind("hash", hash)
                  .bind("name", name)
                  .execute();
          h.createUpdate("DELETE FROM signin_attempts WHERE name = :name")
              .bind("name", name)
              .execute();
          if (updated == 0) {
            h.createUpdate(
                    "INSERT INTO instructors (name, password_hash, created_at) VALUES (:name, :hash, :at)")
                .bind("name", name)
                .bind("hash", hash)
                .bind("at", now)
                .execute();
            return true;
          }
          h.createUpdate("DELETE FROM sessions WHERE instructor = :name")
              .bind("name", name)
              .execute();
          return false;
        });
  }

  /** Ends every session of one instructor (a lost laptop, a leaving colleague); how many ended. */
  public int signOutAll(String name) {
    return db.write(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE instructor = :name")
                .bind("name", name)
                .execute());
  }

  /** Whether an instructor of that name exists. */
  public boolean exists(String name) {
    return db.read(
        h ->
            h.createQuery("SELECT COUNT(*) FROM instructors WHERE name = :name")
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /**
   * Signs in. Whatever the name, the same steps run: the attempt is counted (one statement, before
   * the slow hash, so parallel guesses cannot outrun the count), one password hash is checked
   * (against a decoy for an unknown name), and a session is issued only if no lock was set while
   * the hash was being checked.
   */
  public SignIn signIn(String name, char[] password, long now) {
    OptionalLong locked = claimAttempt(name, now);
    if (locked.isPresent()) {
      return new SignIn.Locked(locked.getAsLong());
    }
    Optional<String> hash =
        db.read(
            h ->
                h.createQuery("SELECT password_hash FROM instructors WHERE name = :name")
                    .bind("name", name)
                    .mapTo(String.class)
                    .findOne());
    boolean right = PasswordHash.verify(password, hash.orElseGet(PasswordHash::decoy));
    if (!right || hash.isEmpty()) {
      lockIfSpent(name, now);
      return new SignIn.Refused();
    }
    String session = Tokens.id();
    OptionalLong lockedMeanwhile =
        db.write(
            h -> {
              // The lock again: guesses that failed while this hash was checked may have set it.
              Optional<Long> until =
                  h.createQuery("SELECT locked_until FROM signin_attempts WHERE name = :name")
                      .bind("name", name)
                      .mapTo(Long.class)
                      .findOne()
                      .filter(u -> u > now);
              if (until.isPresent()) {
                return OptionalLong.of(until.get());
              }
              h.createUpdate("DELETE FROM signin_attempts WHERE name = :name")
                  .bind("name", name)
                  .execute();
              h.createUpdate(
                      "INSERT INTO sessions (id, instructor, created_at, expires_at) VALUES (:id, :name, :at, :until)")
                  .bind("id", session)
                  .bind("name", name)
                  .bind("at", now)
                  .bind("until", now + SESSION_MILLIS)
                  .execute();
              return OptionalLong.empty();
            });
    if (lockedMeanwhile.isPresent()) {
      return new SignIn.Locked(lockedMeanwhile.getAsLong());
    }
    return new SignIn.Success(session);
  }

  /**
   * Counts one attempt for the name unless {@link #MAX_FAILURES} are already counted; empty if
   * counted (the password may be checked), else until when the name is locked. A lock that has run
   * out is cleared first.
   */
  private OptionalLong claimAttempt(String name, long now) {
    return db.write(
        h -> {
          h.createUpdate(
                  "INSERT INTO signin_attempts (name, attempts, locked_until) VALUES (:name, 0, 0)"
                      + " ON CONFLICT (name) DO NOTHING")
              .bind("name", name)
              .execute();
          h.createUpdate(
                  "UPDATE signin_attempts SET attempts = 0, locked_until = 0"
                      + " WHERE name = :name AND locked_until > 0 AND locked_until <= :now")
              .bind("name", name)
              .bind("now", now)
              .execute();
          int counted =
              h.createUpdate(
                      "UPDATE signin_attempts SET attempts = attempts + 1"
                          + " WHERE name = :name AND attempts < :max")
                  .bind("name", name)
                  .bind("max", MAX_FAILURES)
                  .execute();
          if (counted == 1) {
            return OptionalLong.empty();
          }
          // Every attempt is spent: lock now if no failed check has yet (one may still be running).
          h.createUpdate(
                  "UPDATE signin_attempts SET locked_until = :until"
                      + " WHERE name = :name AND locked_until = 0")
              .bind("name", name)
              .bind("until", now + LOCK_MILLIS)
              .execute();
          return OptionalLong.of(
              h.createQuery("SELECT locked_until FROM signin_attempts WHERE name = :name")
                  .bind("name", name)
                  .mapTo(Long.class)
                  .one());
        });
  }

  /** After a refused password: once every attempt is spent, the name is locked. */
  private void lockIfSpent(String name, long now) {
    db.write(
        h ->
            h.createUpdate(
                    "UPDATE signin_attempts SET locked_until = :until"
                        + " WHERE name = :name AND attempts >= :max AND locked_until = 0")
                .bind("name", name)
                .bind("max", MAX_FAILURES)
                .bind("until", now + LOCK_MILLIS)
                .execute());
  }

  /** The instructor a live session belongs to. */
  public Optional<String> instructorOf(String sessionId, long now) {
    return db.read(
        h ->
            h.createQuery("SELECT instructor FROM sessions WHERE id = :id AND expires_at > :now")
                .bind("id", sessionId)
                .bind("now", now)
                .mapTo(String.class)
                .findOne());
  }

  public void signOut(String sessionId) {
    db.write(
        h -> h.createUpdate("DELETE FROM sessions WHERE id = :id").bind("id", sessionId).execute());
  }
}
