package org.steppebrief.classes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A quiz given to a class: the questions are fixed when it is made; each learner's attempt shuffles
 * their choices by its own seed.
 *
 * @param mode {@code test} or {@code practice}
 * @param request how the questions were chosen, for display
 * @param seed the seed the questions were drawn with (0 when ticked by hand)
 * @param zone the time zone the instructor gave the times in, shown with them
 * @param maxAttempts how many attempts a learner may make; 0 for as many as they like
 */
public record Assignment(
    String id,
    String classId,
    String title,
    String mode,
    String request,
    long seed,
    List<String> questionIds,
    long opensAt,
    long closesAt,
    String zone,
    int maxAttempts,
    long createdAt) {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  public Assignment {
    questionIds = List.copyOf(questionIds);
  }

  public enum State {
    NOT_YET_OPEN,
    OPEN,
    CLOSED
  }

  public State state(long now) {
    return now < opensAt ? State.NOT_YET_OPEN : now < closesAt ? State.OPEN : State.CLOSED;
  }

  public boolean isOpen(long now) {
    return state(now) == State.OPEN;
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /** "Mon 3 Mar 2025, 14:00 (Europe/Lisbon, UTC+00:00)" */
  public String shown(long epochMillis) {
    var at = Instant.ofEpochMilli(epochMillis).atZone(zoneId());
    return SHOWN.format(at)
        + " ("
        + zone
        + ", UTC"
        + at.getOffset().getId().replace("Z", "+00:00")
        + ")";
  }

  public String opensShown() {
    return shown(opensAt);
  }

  public String closesShown() {
    return shown(closesAt);
  }

  /** "2 h 5 min left", "3 days left", "less than a minute left". */
  public String timeLeft(long now) {
    long minutes = Math.max(0, (closesAt - now) / 60_000);
    if (minutes < 1) {
      return "less than a minute left";
    }
    if (minutes < 60) {
      return minutes + " min left";
    }
    if (minutes < 48 * 60) {
      return minutes / 60 + " h " + minutes % 60 + " min left";
    }
    return minutes / (24 * 60) + " days left";
  }

  public boolean test() {
    return "test".equals(mode);
  }

  public String attemptsShown() {
    return maxAttempts == 0
        ? "as many attempts as they like, the best counts"
        : maxAttempts == 1 ? "one attempt" : maxAttempts + " attempts, the best counts";
  }
}
