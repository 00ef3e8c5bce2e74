package org.steppebrief.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;

/**
 * The facts of the chosen topics with their citations, as CSV for a spreadsheet (RFC 4180: comma,
 * CRLF, a field with a comma, quote or line break quoted and its quotes doubled). UTF-8 with a
 * byte-order mark, which is how Excel recognises UTF-8 (without it Cyrillic comes out garbled). The
 * quote column holds the words exactly as they stand in the source's passage.
 */
public final class FactsCsvWriter implements ExportWriter {
  static final List<String> COLUMNS =
      List.of(
          "topic",
          "topic_title",
          "fact",
          "kind",
          "said_by",
          "statement",
          "quote",
          "source",
          "source_title",
          "authors",
          "paragraph",
          "passage",
          "year",
          "programme",
          "stage",
          "actors");

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String label() {
    return "Facts with citations (CSV)";
  }

  @Override
  public String description() {
    return "For a spreadsheet: one row per fact with its statement, the quoted words, the source,"
        + " its authors and the paragraph.";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String unit() {
    return "facts";
  }

  @Override
  public String fileName(ExportSelection selection) {
    return "steppe-brief-" + selection.scope() + "-facts.csv";
  }

  @Override
  public ExportResult write(ExportSelection selection) {
    Library library = selection.library();
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, COLUMNS);
    int count = 0;
    for (Topic topic : selection.topics()) {
      for (Fact fact : topic.facts()) {
        Evidence note = library.evidence(fact);
        row(
            out,
            List.of(
                topic.id(),
                topic.title(),
                fact.id(),
                fact.kind().key(),
                fact.saidBy().orElse(""),
                fact.statement(),
                note.words(),
                fact.sourceId(),
                note.source().displayTitle(),
                note.authors().orElse(""),
                note.locator(),
                note.passage().id(),
                fact.year().map(String::valueOf).orElse(""),
                fact.programme().orElse(""),
                fact.stage().orElse(""),
                String.join("; ", fact.actors())));
        count++;
      }
    }
    return new ExportResult(
        out.toString().getBytes(StandardCharsets.UTF_8), count, List.of(), List.of());
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }
}
