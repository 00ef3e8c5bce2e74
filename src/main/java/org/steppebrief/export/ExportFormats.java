package org.steppebrief.export;

import java.util.List;
import java.util.Optional;

/** Every export format by name, like pandoc's writer table: a new format is one line here. */
public final class ExportFormats {
  private static final List<ExportWriter> ALL =
      List.of(
          new GiftWriter(),
          new MoodleXmlWriter(),
          new QtiPackageWriter(),
          new AnkiWriter(),
          new FactsCsvWriter());

  private ExportFormats() {}

  public static List<ExportWriter> all() {
    return ALL;
  }

  public static Optional<ExportWriter> byName(String format) {
    return ALL.stream().filter(w -> w.format().equals(format)).findFirst();
  }

  /** "gift|moodle|qti|anki|csv", for usage messages. */
  public static String names() {
    return String.join("|", ALL.stream().map(ExportWriter::format).toList());
  }
}
