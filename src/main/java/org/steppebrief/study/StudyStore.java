package org.steppebrief.study;

import java.sql.PreparedStatement;
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
    return db.query(
        "SELECT " + CARD_COLUMNS + " FROM study_cards WHERE learner_id = ? AND card_id = ?",
        s -> {
          s.setString(1, learnerId);
          s.setString(2, cardId);
        },
        rs -> rs.next() ? Optional.of(card(rs)) : Optional.empty());
  }

  /**
   * Stores a review: the card's new state, if the stored version is still the one the review was
   * shown with, and the review in the history. Returns whether it counted; a second tab's rating of
   * the same state does not.
   */
  public boolean recordReview(String learnerId, StoredCard shown, Scheduler.Review review) {
    return db.write(
        h -> {
          if (!put(learnerId, shown, review.after())) {
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
          return changed.isEmpty() || put(learnerId, stored, changed.get());
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

  /**
   * Inside a write: {@code state} over version {@code from.version()}; false if that is no longer
   * it. A quiz mistake runs this for each fact it cites, so it is plain JDBC (see Database#update).
   */
  private boolean put(String learnerId, StoredCard from, CardState state) {
    if (from.version() == 0) {
      return db.update(
              "INSERT INTO study_cards (learner_id, "
                  + CARD_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                  + " ON CONFLICT (learner_id, card_id) DO NOTHING",
              s -> {
                s.setString(1, learnerId);
                s.setString(2, from.cardId());
                s.setString(3, from.topicId());
                bindState(s, 4, state);
              })
          == 1;
    }
    return db.update(
            "UPDATE study_cards SET phase = ?, step = ?, stability = ?, difficulty = ?, due_at = ?,"
                + " last_review_at = ?, reps = ?, lapses = ?, version = version + 1"
                + " WHERE learner_id = ? AND card_id = ? AND version = ?",
            s -> {
              bindState(s, 1, state);
              s.setString(9, learnerId);
              s.setString(10, from.cardId());
              s.setInt(11, from.version());
            })
        == 1;
  }

  /** The state's eight columns, in {@link #CARD_COLUMNS} order, from parameter {@code first}. */
  private static void bindState(PreparedStatement s, int first, CardState state)
      throws SQLException {
    s.setString(first, state.phase().key());
    s.setInt(first + 1, state.step());
    s.setDouble(first + 2, state.stability());
    s.setDouble(first + 3, state.difficulty());
    s.setLong(first + 4, state.due());
    s.setLong(first + 5, state.lastReview());
    s.setInt(first + 6, state.reps());
    s.setInt(first + 7, state.lapses());
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
