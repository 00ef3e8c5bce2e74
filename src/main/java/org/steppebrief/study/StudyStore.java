package org.steppebrief.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.steppebrief.store.Database;

/**
 * A learner's study in the database ({@code V2__study.sql}): chosen topics, card states and the
 * review history. Every write is committed before the caller responds, and a card's state is only
 * ever replaced from the version it was read at, so concurrent reviews of one card count once.
 */
public final class StudyStore {
  private static final String CARD_COLUMNS =
      "card_id, topic_id, phase, step, stability, difficulty, due_at, last_review_at, reps, lapses,"
          + " version";
  private static final String REVIEW_COLUMNS =
      "card_id, topic_id, version, rating, reviewed_at, phase_before, elapsed_days, retrievability,"
          + " stability, difficulty, due_at";

  private final Database db;

  public StudyStore(Database db) {
    this.db = db;
  }

  /** The topics the learner has chosen to study. */
  public Set<String> topics(String learnerId) {
    return new LinkedHashSet<>(
        db.read(
            h ->
                h.createQuery(
                        "SELECT topic_id FROM study_topics WHERE learner_id = :learner ORDER BY topic_id")
                    .bind("learner", learnerId)
                    .mapTo(String.class)
                    .list()));
  }

  /** Replaces the learner's chosen topics. */
  public void chooseTopics(String learnerId, Collection<String> topicIds, long now) {
    db.write(
        h -> {
          h.createUpdate("DELETE FROM study_topics WHERE learner_id = :learner")
              .bind("learner", learnerId)
              .execute();
          for (String topic : new LinkedHashSet<>(topicIds)) {
            h.createUpdate(
                    "INSERT INTO study_topics (learner_id, topic_id, chosen_at) VALUES (:learner, :topic, :at)")
                .bind("learner", learnerId)
                .bind("topic", topic)
                .bind("at", now)
                .execute();
          }
          return null;
        });
  }

  /** Every card the learner has started, by card id. */
  public Map<String, StoredCard> cards(String learnerId) {
    Map<String, StoredCard> out = new LinkedHashMap<>();
    for (StoredCard c :
        db.read(
            h ->
                h.createQuery(
                        "SELECT "
                            + CARD_COLUMNS
                            + " FROM study_cards WHERE learner_id = :learner ORDER BY card_id")
                    .bind("learner", learnerId)
                    .map((rs, ctx) -> card(rs))
                    .list())) {
      out.put(c.cardId(), c);
    }
    return out;
  }

  public Optional<StoredCard> card(String learnerId, String cardId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + CARD_COLUMNS
                        + " FROM study_cards WHERE learner_id = :learner AND card_id = :card")
                .bind("learner", learnerId)
                .bind("card", cardId)
                .map((rs, ctx) -> card(rs))
                .findOne());
  }

  /**
   * Stores a review: the card's new state, if the stored version is still the one the review was
   * shown with, and the review in the history. Returns whether it counted; a second tab's rating of
   * the same state does not.
   */
  public boolean recordReview(String learnerId, StoredCard shown, Scheduler.Review review) {
    return db.write(
        h -> {
          if (!put(h, learnerId, shown, review.after())) {
            return false;
          }
          h.createUpdate(
                  "INSERT INTO study_reviews (learner_id, "
                      + REVIEW_COLUMNS
                      + ") VALUES (:learner, :card, :topic, :version, :rating, :at, :phase, :elapsed,"
                      + " :r, :s, :d, :due)")
              .bind("learner", learnerId)
              .bind("card", shown.cardId())
              .bind("topic", shown.topicId())
              .bind("version", shown.version())
              .bind("rating", review.rating().grade())
              .bind("at", review.at())
              .bind("phase", review.before().phase().key())
              .bind("elapsed", review.elapsedDays())
              .bind("r", Double.isNaN(review.retrievability()) ? null : review.retrievability())
              .bind("s", review.after().stability())
              .bind("d", review.after().difficulty())
              .bind("due", review.after().due())
              .execute();
          return true;
        });
  }

  /**
   * Changes a card's state without a review (a quiz mistake bringing it forward): reads it ({@code
   * unstudied} if the learner never studied it), and writes what {@code change} makes of it, if
   * anything, over the version read. Returns false only if another writer changed it in between.
   */
  public boolean change(
      String learnerId, StoredCard unstudied, Function<CardState, Optional<CardState>> change) {
    return db.write(
        h -> {
          StoredCard stored = card(learnerId, unstudied.cardId()).orElse(unstudied);
          Optional<CardState> changed = change.apply(stored.state());
          return changed.isEmpty() || put(h, learnerId, stored, changed.get());
        });
  }

  /** The learner's reviews since {@code since} (epoch ms), oldest first. */
  public List<ReviewRecord> reviews(String learnerId, long since) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + REVIEW_COLUMNS
                        + " FROM study_reviews WHERE learner_id = :learner AND reviewed_at >= :since"
                        + " ORDER BY reviewed_at, card_id, version")
                .bind("learner", learnerId)
                .bind("since", since)
                .map((rs, ctx) -> review(rs))
                .list());
  }

  /** How many new cards the learner has started by rating them since {@code since}. */
  public int newCardsStartedSince(String learnerId, long since) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM study_reviews WHERE learner_id = :learner"
                        + " AND reviewed_at >= :since AND phase_before = 'new'")
                .bind("learner", learnerId)
                .bind("since", since)
                .mapTo(Integer.class)
                .one());
  }

  /** Writes {@code state} over version {@code from.version()}; false if that is no longer it. */
  private static boolean put(Handle h, String learnerId, StoredCard from, CardState state) {
    if (from.version() == 0) {
      return h.createUpdate(
                  "INSERT INTO study_cards (learner_id, "
                      + CARD_COLUMNS
                      + ") VALUES (:learner, :card, :topic, :phase, :step, :s, :d, :due, :last,"
                      + " :reps, :lapses, 1) ON CONFLICT (learner_id, card_id) DO NOTHING")
              .bind("learner", learnerId)
              .bind("card", from.cardId())
              .bind("topic", from.topicId())
              .bind("phase", state.phase().key())
              .bind("step", state.step())
              .bind("s", state.stability())
              .bind("d", state.difficulty())
              .bind("due", state.due())
              .bind("last", state.lastReview())
              .bind("reps", state.reps())
              .bind("lapses", state.lapses())
              .execute()
          == 1;
    }
    return h.createUpdate(
                "UPDATE study_cards SET phase = :phase, step = :step, stability = :s,"
                    + " difficulty = :d, due_at = :due, last_review_at = :last, reps = :reps,"
                    + " lapses = :lapses, version = version + 1"
                    + " WHERE learner_id = :learner AND card_id = :card AND version = :version")
            .bind("learner", learnerId)
            .bind("card", from.cardId())
            .bind("version", from.version())
            .bind("phase", state.phase().key())
            .bind("step", state.step())
            .bind("s", state.stability())
            .bind("d", state.difficulty())
            .bind("due", state.due())
            .bind("last", state.lastReview())
            .bind("reps", state.reps())
            .bind("lapses", state.lapses())
            .execute()
        == 1;
  }

  private static StoredCard card(ResultSet rs) throws SQLException {
    return new StoredCard(
        rs.getString(1),
        rs.getString(2),
        new CardState(
            CardState.Phase.fromKey(rs.getString(3)),
            rs.getInt(4),
            rs.getDouble(5),
            rs.getDouble(6),
            rs.getLong(7),
            rs.getLong(8),
            rs.getInt(9),
            rs.getInt(10)),
        rs.getInt(11));
  }

  private static ReviewRecord review(ResultSet rs) throws SQLException {
    double r = rs.getDouble(8);
    if (rs.wasNull()) {
      r = Double.NaN;
    }
    return new ReviewRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        Rating.ofGrade(rs.getInt(4)).orElseThrow(),
        rs.getLong(5),
        CardState.Phase.fromKey(rs.getString(6)),
        rs.getInt(7),
        r,
        rs.getDouble(9),
        rs.getDouble(10),
        rs.getLong(11));
  }
}
