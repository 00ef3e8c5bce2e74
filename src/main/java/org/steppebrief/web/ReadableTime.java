package org.steppebrief.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the study pages write them for people: how long a card would wait ("10 min", "3 days")
 * and when the next card is due ("at 14:32 (in 8 minutes)", "tomorrow at 09:05"). Pure: the time
 * now and the learner's zone are arguments.
 */
final class ReadableTime {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  /** Below this many minutes a wait today is said in minutes, above it in hours. */
  private static final long MINUTES_SAID_AS_MINUTES = 90;

  private ReadableTime() {}

  /**
   * "1 min", "59 min", "1 h", "23 h", "1 day", "99 days", "3 months", "1 year", "1.5 years": how
   * long a card would wait, rounded to the unit shown and never less than a minute.
   */
  static String delay(Duration d) {
    long minutes = Math.round(d.toSeconds() / 60.0);
    if (minutes < 60) {
      return Math.max(1, minutes) + " min";
    }
    long hours = Math.round(minutes / 60.0);
    if (hours < 24) {
      return hours + " h";
    }
    long days = Math.round(hours / 24.0);
    if (days < 100) {
      return plural(days, "day");
    }
    if (days < 365) {
      return plural(Math.round(days / 30.4), "month");
    }
    double years = Math.round(days / 36.5) / 10.0;
    return years == Math.rint(years)
        ? plural((long) years, "year")
        : String.format(Locale.ROOT, "%.1f years", years);
  }

  /**
   * When something due at {@code due} is, seen at {@code now} in {@code zone}: "at 14:32 (in 8
   * minutes)" or "at 18:05 (in 3 h)" today, "tomorrow at 09:05", else "on Wed 11 Mar at 09:05". A
   * time already past reads as in a minute: it is due now.
   */
  static String when(long due, long now, ZoneId zone) {
    ZonedDateTime at = Instant.ofEpochMilli(due).atZone(zone);
    LocalDate today = Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
    if (!at.toLocalDate().isAfter(today)) {
      long minutes = Math.max(1, Math.round((due - now) / 60_000.0));
      return "at "
          + TIME.format(at)
          + " (in "
          + (minutes < MINUTES_SAID_AS_MINUTES
              ? plural(minutes, "minute")
              : delay(Duration.ofMinutes(minutes)))
          + ")";
    }
    if (at.toLocalDate().equals(today.plusDays(1))) {
      return "tomorrow at " + TIME.format(at);
    }
    return "on " + DATE.format(at) + " at " + TIME.format(at);
  }

  /** "1 review", "2 reviews". */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
