package org.steppebrief.classes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 cells for the downloads: fields joined by commas, records ended by CRLF, a field with a
 * comma, quote or line break quoted with its quotes doubled. A text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return is prefixed with {@code '}, so a
 * spreadsheet shows a learner's display name instead of running it as a formula. Numbers we write
 * ourselves (a negative discrimination) are written as numbers.
 */
final class Csv {
  private final StringBuilder out = new StringBuilder("\uFEFF");

  /** A text cell, from anyone: made safe. */
  static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /** Up to {@code places} decimals, without trailing zeros: 1, 0.5, 0.667. */
  static String number(double value, int places) {
    return BigDecimal.valueOf(value)
        .setScale(places, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** An instant as ISO-8601 in UTC, or empty. */
  static String time(Optional<Long> epochMillis) {
    return epochMillis.map(ms -> Instant.ofEpochMilli(ms).toString()).orElse("");
  }

  /** Appends a record; the cells are already text-safe or numbers. */
  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
    return this;
  }

  byte[] bytes() {
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
