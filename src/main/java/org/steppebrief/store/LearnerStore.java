package org.steppebrief.store;

import java.util.Optional;

/** Learners: created when they start their first quiz, found by cookie id or resume code. */
public final class LearnerStore {
  private final Database db;

  public LearnerStore(Database db) {
    this.db = db;
  }

  public Learner create(long now) {
    for (int tries = 0; ; tries++) {
      Learner learner = new Learner(Tokens.id(), Tokens.resumeCode(), now);
      try {
        db.write(
            h ->
                h.createUpdate(
                        "INSERT INTO learners (id, resume_code, created_at) VALUES (:id, :code, :at)")
                    .bind("id", learner.id())
                    .bind("code", learner.resumeCode())
                    .bind("at", now)
                    .execute());
        return learner;
      } catch (RuntimeException e) {
        // A resume-code collision (one in 2^50 per pair) is retried; anything else is real.
        if (tries >= 3) {
          throw e;
        }
      }
    }
  }

  public Optional<Learner> find(String id) {
    return db.read(
        h ->
            h.createQuery("SELECT id, resume_code, created_at FROM learners WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Learner(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .findOne());
  }

  public Optional<Learner> findByResumeCode(String code) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT id, resume_code, created_at FROM learners WHERE resume_code = :code")
                .bind("code", Tokens.normaliseResumeCode(code))
                .map((rs, ctx) -> new Learner(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .findOne());
  }
}
