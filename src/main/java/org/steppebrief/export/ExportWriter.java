package org.steppebrief.export;

/** One export format: a function from a selection of the library to the bytes of one file. */
public interface ExportWriter {
  /** The name on the command line and in download links: {@code gift}, {@code moodle}, .... */
  String format();

  /** The format's name for people: "GIFT (Moodle's text format)". */
  String label();

  /** One sentence for the download page: where the file goes and what it holds. */
  String description();

  /** The file name extension, without the dot; what the importing system accepts. */
  String extension();

  String mediaType();

  /** What {@link ExportResult#count} counts: "questions", or "facts" for the facts table. */
  default String unit() {
    return "questions";
  }

  ExportResult write(ExportSelection selection);

  /** A readable default name: {@code steppe-brief-all-topics-gift.txt}. */
  default String fileName(ExportSelection selection) {
    return "steppe-brief-"
        + selection.scope()
        + (selection.hasGenerated() ? "-with-generated" : "")
        + "-"
        + format()
        + "."
        + extension();
  }
}
