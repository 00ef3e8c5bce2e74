package org.steppebrief.study;

/**
 * One counted review in a learner's history.
 *
 * @param version the card's state version the review was shown with (0 for a new card)
 * @param retrievability the recall probability FSRS saw; NaN for a card's first rating
 * @param stability the stability after the review, in days
 * @param difficulty the difficulty after the review
 * @param due when the card became due after the review
 */
public record ReviewRecord(
    String cardId,
    String topicId,
    int version,
    Rating rating,
    long reviewedAt,
    CardState.Phase phaseBefore,
    int elapsedDays,
    double retrievability,
    double stability,
    double difficulty,
    long due) {}
