package org.steppebrief.study;

import java.util.Locale;

/**
 * Where one learner stands with one card: its phase, its FSRS memory (stability in days and
 * difficulty from 1 to 10, both 0 before the first rating) and when it is due. Times are epoch
 * milliseconds.
 *
 * @param step the learning or relearning step the card is at (0 for the first)
 * @param lastReview when it was last rated; 0 if never
 * @param reps how many times it has been rated
 * @param lapses how many times it was forgotten after graduating (Again on a review)
 */
public record CardState(
    Phase phase,
    int step,
    double stability,
    double difficulty,
    long due,
    long lastReview,
    int reps,
    int lapses) {

  /** A card the learner has never seen. */
  public static final CardState NEW = new CardState(Phase.NEW, 0, 0, 0, 0, 0, 0, 0);

  /** The stages of a card, as in Anki: new, in learning steps, graduated, or relearning a lapse. */
  public enum Phase {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Phase fromKey(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** Learning and relearning cards wait minutes, not days, between ratings. */
    public boolean inSteps() {
      return this == LEARNING || this == RELEARNING;
    }
  }

  /** Whether FSRS has a memory state for the card: it has been rated at least once. */
  public boolean hasMemory() {
    return stability > 0;
  }
}
