package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;

class SentenceSkipsTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/seeds");

  @TempDir Path dir;

  /** The mini paper's catalog with {@code skip} appended to its one source. */
  private List<Source> read(String skip, Diagnostics problems) throws IOException {
    Files.copy(FIXTURE.resolve("mini-paper.txt"), dir.resolve("mini-paper.txt"));
    Files.writeString(
        dir.resolve("sources.yaml"),
        Files.readString(FIXTURE.resolve("sources.yaml")) + "    skip:\n" + skip);
    return SourceCatalog.read(dir, "seeds", problems);
  }

  private static List<String> messages(Diagnostics problems) {
    return problems.sorted().stream().map(d -> d.line() + ": " + d.message()).toList();
  }

  @Test
  void splitsEveryBodyPassageIntoSentencesWithTheirLines() throws IOException {
    Diagnostics problems = new Diagnostics();
    Source source = read("", problems).get(0);
    assertThat(problems.sorted()).isEmpty();
    assertThat(source.sentences())
        .extracting(SourceSentence::text, SourceSentence::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Cooperation grew every year.", 4),
            org.assertj.core.groups.Tuple.tuple("Kazakhstan’s role was central.", 8),
            org.assertj.core.groups.Tuple.tuple("Cooperation grew every year.", 9));
    assertThat(source.sentences()).noneMatch(SourceSentence::isSkipped);
  }

  @Test
  void skipsTheOneSentenceAUniquePrefixNamesWithItsReason() throws IOException {
    Diagnostics problems = new Diagnostics();
    Source source =
        read(
                "      - sentence: \"Kazakhstan's role\"\n"
                    + "        reason: repeats the paragraph before\n",
                problems)
            .get(0);
    assertThat(problems.sorted()).isEmpty();
    assertThat(source.sentences().stream().filter(SourceSentence::isSkipped).toList())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.text()).isEqualTo("Kazakhstan’s role was central.");
              assertThat(s.skipReason()).contains("repeats the paragraph before");
            });
  }

  @Test
  void tellsARepeatedSentenceApartByItsParagraph() throws IOException {
    Diagnostics problems = new Diagnostics();
    Source source =
        read(
                "      - sentence: Cooperation grew every year.\n"
                    + "        passage: 5\n"
                    + "        reason: repeats the first paragraph\n",
                problems)
            .get(0);
    assertThat(problems.sorted()).isEmpty();
    assertThat(source.sentences().stream().filter(SourceSentence::isSkipped).toList())
        .singleElement()
        .extracting(SourceSentence::line)
        .isEqualTo(9);
  }

  @Test
  void refusesASkipWithoutAReason() throws IOException {
    Diagnostics problems = new Diagnostics();
    read("      - sentence: Kazakhstan’s role was central.\n", problems);
    assertThat(messages(problems)).containsExactly("28: a skipped sentence needs a reason");
  }

  @Test
  void refusesASkipThatMatchesNoSentenceOrSeveral() throws IOException {
    Diagnostics problems = new Diagnostics();
    read(
        "      - sentence: Cooperation grew\n"
            + "        reason: a repetition\n"
            + "      - sentence: A stray line from another article\n"
            + "        reason: not body text\n",
        problems);
    List<Diagnostic> found = problems.sorted();
    assertThat(found).allMatch(Diagnostic::isError);
    assertThat(messages(problems))
        .containsExactly(
            "28: 2 body sentences start with `Cooperation grew` (lines 4, 9)",
            "30: no body sentence of this source starts with `A stray line from another article`");
  }
}
