package org.steppebrief.study;

import java.util.Optional;

/** How well a learner recalled a card, FSRS's grade G from 1 (Again) to 4 (Easy). */
public enum Rating {
  AGAIN(1, "Again"),
  HARD(2, "Hard"),
  GOOD(3, "Good"),
  EASY(4, "Easy");

  private final int grade;
  private final String label;

  Rating(int grade, String label) {
    this.grade = grade;
    this.label = label;
  }

  /** FSRS's G: 1 Again, 2 Hard, 3 Good, 4 Easy; also the key that rates a card. */
  public int grade() {
    return grade;
  }

  public String label() {
    return label;
  }

  public static Optional<Rating> ofGrade(int grade) {
    for (Rating r : values()) {
      if (r.grade == grade) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
