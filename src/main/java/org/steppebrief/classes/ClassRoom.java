package org.steppebrief.classes;

import java.util.Optional;

/** An instructor's class, found only together with its instructor. */
public record ClassRoom(
    String id,
    String instructor,
    String name,
    String joinCode,
    Optional<Long> archivedAt,
    long createdAt) {
  public boolean archived() {
    return archivedAt.isPresent();
  }

  /** The code as it is shown and read aloud: {@code K7QF-2M9X}. */
  public String shownCode() {
    return JoinCode.shown(joinCode);
  }
}
