package org.steppebrief.instructor;

import java.util.Optional;
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
   * Adds an instructor, or replaces the password of an existing one; returns whether it was new.
   */
  public boolean add(String name, char[] password, long now) {
    String hash = PasswordHash.hash(password);
    return db.write(
        h -> {
          int updated =
              h.createUpdate(
                      "UPDATE instructors SET password_hash = :hash, failed_signins = 0, locked_until = 0 WHERE name = :name")
                  .bind("hash", hash)
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
          return false;
        });
  }

  public SignIn signIn(String name, char[] password, long now) {
    Optional<Row> row =
        db.read(
            h ->
                h.createQuery(
                        "SELECT password_hash, locked_until FROM instructors WHERE name = :name")
                    .bind("name", name)
                    .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2)))
                    .findOne());
    if (row.isEmpty()) {
      PasswordHash.verify(password, PasswordHash.decoy());
      return new SignIn.Refused();
    }
    if (row.get().lockedUntil() > now) {
      return new SignIn.Locked(row.get().lockedUntil());
    }
    if (!PasswordHash.verify(password, row.get().hash())) {
      // One statement, so two nodes counting failures at once cannot lose one.
      db.write(
          h ->
              h.createUpdate(
                      "UPDATE instructors SET failed_signins = failed_signins + 1,"
                          + " locked_until = CASE WHEN failed_signins + 1 >= :max THEN :until ELSE locked_until END"
                          + " WHERE name = :name")
                  .bind("max", MAX_FAILURES)
                  .bind("until", now + LOCK_MILLIS)
                  .bind("name", name)
                  .execute());
      return new SignIn.Refused();
    }
    String session = Tokens.id();
    db.write(
        h -> {
          h.createUpdate(
                  "UPDATE instructors SET failed_signins = 0, locked_until = 0 WHERE name = :name")
              .bind("name", name)
              .execute();
          h.createUpdate(
                  "INSERT INTO sessions (id, instructor, created_at, expires_at) VALUES (:id, :name, :at, :until)")
              .bind("id", session)
              .bind("name", name)
              .bind("at", now)
              .bind("until", now + SESSION_MILLIS)
              .execute();
          return null;
        });
    return new SignIn.Success(session);
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

  private record Row(String hash, long lockedUntil) {}
}
