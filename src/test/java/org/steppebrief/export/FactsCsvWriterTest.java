package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/** The facts table read back with Apache Commons CSV (RFC 4180) and compared with the library. */
class FactsCsvWriterTest {
  @TempDir Path dir;

  private final FactsCsvWriter writer = new FactsCsvWriter();

  @Test
  void specialCharactersCommasQuotesAndLineBreaksSurviveARealCsvParse() {
    Library library = ExportLibraries.specialCharacters(dir);

    assertMatchesTheLibrary(library, ExportSelection.of(library, List.of(), false));
  }

  @Test
  void theShippedLibraryHasOneRowPerFactWithItsCitation() {
    Library library = ExportLibraries.shipped();

    assertMatchesTheLibrary(library, ExportSelection.of(library, List.of(), false));
  }

  @Test
  void startsWithAByteOrderMarkSoThatExcelReadsUtf8() {
    Library library = ExportLibraries.specialCharacters(dir);
    byte[] bytes = writer.write(ExportSelection.of(library, List.of(), false)).bytes();

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
  }

  @Test
  void onlyTheChosenTopicsFacts() {
    Library library = ExportLibraries.shipped();
    String topic = library.topics().get(1).id();

    ExportResult result = writer.write(ExportSelection.of(library, List.of(topic), false));

    assertThat(records(result)).allSatisfy(r -> assertThat(r.get("topic")).isEqualTo(topic));
    assertThat(result.count()).isEqualTo(library.topics().get(1).facts().size());
  }

  private void assertMatchesTheLibrary(Library library, ExportSelection selection) {
    ExportResult result = writer.write(selection);
    List<CSVRecord> records = records(result);
    int row = 0;
    for (Topic topic : selection.topics()) {
      for (Fact fact : topic.facts()) {
        CSVRecord r = records.get(row++);
        Passage passage = library.passageOf(fact);
        Source source = library.source(fact.sourceId()).orElseThrow();
        assertThat(r.get("topic")).isEqualTo(topic.id());
        assertThat(r.get("topic_title")).isEqualTo(topic.title());
        assertThat(r.get("fact")).isEqualTo(fact.id());
        assertThat(r.get("kind")).isEqualTo(fact.kind().key());
        assertThat(r.get("said_by")).isEqualTo(fact.saidBy().orElse(""));
        assertThat(r.get("statement")).isEqualTo(fact.statement());
        assertThat(r.get("quote"))
            .isEqualTo(passage.text().substring(fact.citation().start(), fact.citation().end()));
        assertThat(r.get("source")).isEqualTo(source.id());
        assertThat(r.get("source_title")).isEqualTo(source.displayTitle());
        assertThat(r.get("authors")).isEqualTo(source.authors().joined());
        assertThat(r.get("paragraph")).endsWith(String.valueOf(passage.number()));
        assertThat(r.get("passage")).isEqualTo(passage.id());
        assertThat(r.get("year")).isEqualTo(fact.year().map(String::valueOf).orElse(""));
        assertThat(r.get("actors")).isEqualTo(String.join("; ", fact.actors()));
      }
    }
    assertThat(records).hasSize(row);
    assertThat(result.count()).isEqualTo(row);
  }

  private static List<CSVRecord> records(ExportResult result) {
    String text = new String(result.bytes(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(new StringReader(text.substring(1)))) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(FactsCsvWriter.COLUMNS);
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
