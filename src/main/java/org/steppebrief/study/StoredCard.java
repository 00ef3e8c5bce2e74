package org.steppebrief.study;

/**
 * A learner's state of one card as stored, with the version it was written at. A review names the
 * version it was shown with, and counts only if that is still the stored one.
 *
 * @param version 0 while nothing is stored (a new card), then 1, 2, ... with every write
 */
public record StoredCard(String cardId, String topicId, CardState state, int version) {
  /** A card the learner has never studied. */
  public static StoredCard fresh(Card card) {
    return new StoredCard(card.id(), card.topicId(), CardState.NEW, 0);
  }
}
