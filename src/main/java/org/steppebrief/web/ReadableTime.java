package org.steppebrief.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.steppebrief.i18n.Texts;

/**
 * Times as the study pages write them for people, in the reader's language: how long a card would
 * wait ("10 min", "3 days") and when the next card is due ("at 14:32 (in 8 minutes)", "tomorrow at
 * 09:05"). Pure: the time now, the learner's zone and the language are arguments.
 */
final class ReadableTime {
  /** Below this many minutes a wait today is said in minutes, above it in hours. */
  private static final long MINUTES_SAID_AS_MINUTES = 90;

  private ReadableTime() {}

  /**
   * "1 min", "59 min", "1 h", "23 h", "1 day", "99 days", "3 months", "1 year", "1.5 years": how
   * long a card would wait, rounded to the unit shown and never less than a minute.
   */
  static String delay(Duration d, Texts texts) {
    long minutes = Math.round(d.toSeconds() / 60.0);
    if (minutes < 60) {
      return texts.get("delay.minutes", Math.max(1, minutes));
    }
    long hours = Math.round(minutes / 60.0);
    if (hours < 24) {
      return texts.get("delay.hours", hours);
    }
    long days = Math.round(hours / 24.0);
    if (days < 100) {
      return texts.get("delay.days", days);
    }
    if (days < 365) {
      return texts.get("delay.months", Math.round(days / 30.4));
    }
    return texts.get("delay.years", Math.round(days / 36.5) / 10.0);
  }

  /**
   * When something due at {@code due} is, seen at {@code now} in {@code zone}: "at 14:32 (in 8
   * minutes)" or "at 18:05 (in 3 h)" today, "tomorrow at 09:05", else "on Wed 11 Mar at 09:05". A
   * time already past reads as in a minute: it is due now.
   */
  static String when(long due, long now, ZoneId zone, Texts texts) {
    ZonedDateTime at = Instant.ofEpochMilli(due).atZone(zone);
    LocalDate today = Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
    String time = texts.pattern("format.time", at);
    if (!at.toLocalDate().isAfter(today)) {
      long minutes = Math.max(1, Math.round((due - now) / 60_000.0));
      return texts.get(
          "when.today",
          time,
          minutes < MINUTES_SAID_AS_MINUTES
              ? texts.get("when.minutes", minutes)
              : delay(Duration.ofMinutes(minutes), texts));
    }
    if (at.toLocalDate().equals(today.plusDays(1))) {
      return texts.get("when.tomorrow", time);
    }
    return texts.get("when.later", texts.pattern("format.day", at.toLocalDate()), time);
  }
}
