package org.steppebrief.classes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code items.csv}: a row per question with {@code question_id}, {@code type}, {@code answers},
 * {@code facility} (0 to 1), {@code discrimination} (-1 to 1; empty under five answers or without
 * variance) and {@code choices}, each choice as {@code text=count} joined by {@code " | "} in the
 * content's order (the board marks the right one; the bank's exports say which it is).
 */
public final class ItemsCsv {
  private ItemsCsv() {}

  public static byte[] write(List<ItemStatistics.ItemStats> items) {
    Csv csv = new Csv();
    csv.row(List.of("question_id", "type", "answers", "facility", "discrimination", "choices"));
    for (ItemStatistics.ItemStats s : items) {
      csv.row(
          List.of(
              Csv.text(s.item().questionId()),
              s.item().type(),
              Integer.toString(s.answers()),
              s.facility().isPresent() ? Csv.number(s.facility().getAsDouble(), 3) : "",
              s.discrimination().isPresent() ? Csv.number(s.discrimination().getAsDouble(), 3) : "",
              Csv.text(
                  s.choices().stream()
                      .map(c -> c.text() + "=" + c.count())
                      .collect(Collectors.joining(" | ")))));
    }
    return csv.bytes();
  }
}
