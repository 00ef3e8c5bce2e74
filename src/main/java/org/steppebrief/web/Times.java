package org.steppebrief.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Instants as pages show them, in one zone that is named on the page. */
public record Times(ZoneId zone) {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  public String at(long epochMillis) {
    return SHOWN.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  public String at(Optional<Long> epochMillis) {
    return epochMillis.map(this::at).orElse("");
  }

  public String zoneName() {
    return zone.getId();
  }
}
