package org.steppebrief.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.steppebrief.classes.Assignment;
import org.steppebrief.i18n.Texts;

/**
 * What the class pages say about an assignment, in the reader's language: its times with their
 * zone, the time left, its state, the attempts it allows and why it takes no answer now. Every page
 * gets one as {@code classWords}.
 */
record ClassWords(Texts texts) {
  /** "Mon 3 Mar 2025, 14:00 (Europe/Lisbon, UTC+00:00)", in the language's own date pattern. */
  String shown(Assignment a, long epochMillis) {
    ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(a.zoneId());
    return texts.get(
        "class.time",
        texts.pattern("format.date-time", at),
        a.zone(),
        at.getOffset().getId().replace("Z", "+00:00"));
  }

  public String opens(Assignment a) {
    return shown(a, a.opensAt());
  }

  public String closes(Assignment a) {
    return shown(a, a.closesAt());
  }

  /** "2 h 5 min left", "3 days left", "less than a minute left". */
  public String left(Assignment a, long now) {
    long minutes = Math.max(0, (a.closesAt() - now) / 60_000);
    if (minutes < 1) {
      return texts.get("class.left.under-a-minute");
    }
    if (minutes < 60) {
      return texts.get("class.left.minutes", minutes);
    }
    if (minutes < 48 * 60) {
      return texts.get("class.left.hours", minutes / 60, minutes % 60);
    }
    return texts.get("class.left.days", minutes / (24 * 60));
  }

  /** "open", "not yet open", "closed". */
  public String state(Assignment a, long now) {
    return texts.get(
        switch (a.state(now)) {
          case NOT_YET_OPEN -> "class.state.not-yet-open";
          case OPEN -> "class.state.open";
          case CLOSED -> "class.state.closed";
        });
  }

  public String attempts(Assignment a) {
    return a.maxAttempts() == 0
        ? texts.get("class.attempts.any")
        : texts.get("class.attempts.at-most", a.maxAttempts());
  }

  public String mode(Assignment a) {
    return texts.get(a.test() ? "class.mode.test" : "class.mode.practice");
  }

  /** Why an assignment's attempt takes no answer at {@code now}. */
  public String refusal(Assignment a, long now) {
    return a.state(now) == Assignment.State.CLOSED
        ? texts.get("class.refused.closed", a.title(), closes(a))
        : texts.get("class.refused.not-open", a.title(), opens(a));
  }
}
