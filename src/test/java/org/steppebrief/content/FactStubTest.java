package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;
import org.steppebrief.diagnostic.Diagnostic;

class FactStubTest {
  private static Library shipped;
  private static final Map<String, QuoteIndex> INDEXES = new LinkedHashMap<>();

  @TempDir Path dir;

  @BeforeAll
  static void loadSeeds() {
    shipped = LibraryLoader.load(Path.of(".")).library();
    shipped.sources().forEach(s -> INDEXES.put(s.id(), QuoteIndex.of(s.passages())));
  }

  /** A span of whole (white-space separated) words of a passage. */
  record Span(Source source, Passage passage, int start, int end) {
    String words() {
      return passage.text().substring(start, end);
    }
  }

  /** 200 spans of 1 to 10 words, from a fixed seed, over every passage of the seeds. */
  private static List<Span> randomSpans() {
    List<Span> spans = new ArrayList<>();
    Random random = new Random(20261125L);
    List<Passage> passages =
        shipped.sources().stream().flatMap(s -> s.passages().stream()).toList();
    while (spans.size() < 200) {
      Passage p = passages.get(random.nextInt(passages.size()));
      List<int[]> words = new ArrayList<>();
      var m = java.util.regex.Pattern.compile("\\S+").matcher(p.text());
      while (m.find()) {
        words.add(new int[] {m.start(), m.end()});
      }
      if (words.isEmpty()) {
        continue;
      }
      int first = random.nextInt(words.size());
      int last = Math.min(words.size() - 1, first + random.nextInt(10));
      Source source = shipped.source(p.sourceId()).orElseThrow();
      spans.add(new Span(source, p, words.get(first)[0], words.get(last)[1]));
    }
    return spans;
  }

  @Test
  void aStubForEveryRandomSpanOfTheSeedsLocatesExactlyThatSpan() {
    int ambiguous = 0;
    Set<String> taken = new HashSet<>(shipped.factsById().keySet());
    for (Span span : randomSpans()) {
      QuoteIndex index = INDEXES.get(span.source().id());
      FactStub.Stub stub = made(span, index, taken);
      assertThat(stub.quote()).as("source characters").isEqualTo(span.words());
      QuoteIndex.Result found =
          index.find(
              stub.quote(),
              stub.prefix().orElse(null),
              stub.suffix().orElse(null),
              stub.passage().id());
      assertThat(found)
          .as(span.words())
          .isEqualTo(new QuoteIndex.Found(span.passage(), span.start(), span.end()));
      assertThat(taken).doesNotContain(stub.id());
      taken.add(stub.id());
      if (index.find(stub.quote(), null, null, null) instanceof QuoteIndex.Ambiguous) {
        ambiguous++;
        assertMinimal(span, index, stub);
      } else {
        assertThat(stub.prefix()).as(span.words()).isEmpty();
        assertThat(stub.suffix()).as(span.words()).isEmpty();
      }
    }
    // Short spans repeat ("the", "of the"), so the disambiguation is exercised, not assumed.
    assertThat(ambiguous).isGreaterThan(20);
  }

  /** Present, and no prefix or suffix of fewer words would place the quote on its own. */
  private static void assertMinimal(Span span, QuoteIndex index, FactStub.Stub stub) {
    String text = span.passage().text();
    List<String> before = words(text.substring(0, span.start()));
    List<String> after = words(text.substring(span.end()));
    int used =
        stub.prefix()
            .map(p -> words(p).size())
            .orElse(stub.suffix().map(s -> words(s).size()).orElse(0));
    if (used == 0) {
      // Only the passage tells these apart: no prefix or suffix of any length would.
      assertThat(places(index, span, String.join(" ", before), null)).isFalse();
      assertThat(places(index, span, null, String.join(" ", after))).isFalse();
      return;
    }
    for (int k = 1; k < used; k++) {
      String shorterPrefix = k <= before.size() ? tail(text, span.start(), before, k) : null;
      String shorterSuffix = k <= after.size() ? head(text, span.end(), after, k) : null;
      assertThat(shorterPrefix != null && places(index, span, shorterPrefix, null))
          .as("a %d-word prefix would do for %s", k, span.words())
          .isFalse();
      assertThat(shorterSuffix != null && places(index, span, null, shorterSuffix))
          .as("a %d-word suffix would do for %s", k, span.words())
          .isFalse();
    }
    assertThat(places(index, span, stub.prefix().orElse(null), stub.suffix().orElse(null)))
        .as("the prefix or suffix alone places %s", span.words())
        .isTrue();
  }

  /** Words that contain a letter or digit, as the stub counts them. */
  private static List<String> words(String s) {
    return Stream.of(s.strip().split("\\s+"))
        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
        .toList();
  }

  private static String tail(String text, int start, List<String> before, int k) {
    String lead = text.substring(0, start);
    int at = lead.length();
    for (int n = 0; n < k; n++) {
      at = lead.lastIndexOf(before.get(before.size() - 1 - n), at - 1);
    }
    return lead.substring(at).strip();
  }

  private static String head(String text, int end, List<String> after, int k) {
    String rest = text.substring(end);
    int at = 0;
    for (int n = 0; n < k; n++) {
      at = rest.indexOf(after.get(n), at) + after.get(n).length();
    }
    return rest.substring(0, at).strip();
  }

  private static boolean places(QuoteIndex index, Span span, String prefix, String suffix) {
    return index
        .find(span.words(), prefix, suffix, null)
        .equals(new QuoteIndex.Found(span.passage(), span.start(), span.end()));
  }

  private static FactStub.Stub made(Span span, QuoteIndex index, Set<String> taken) {
    FactStub.Outcome outcome =
        FactStub.fromSelection(
            span.source(), index, span.passage().id(), span.start(), span.end(), taken::contains);
    assertThat(outcome).as(span.words()).isInstanceOf(FactStub.Made.class);
    return ((FactStub.Made) outcome).stubs().get(0);
  }

  @Test
  void theStubsLoadAsFactsOfTheShippedLibraryAtTheirSpans() throws IOException {
    Path content = copyOfShippedContent();
    Set<String> taken = new HashSet<>(shipped.factsById().keySet());
    StringBuilder sheet =
        new StringBuilder(
            """
            id: zz-stubs
            title: Stubs
            objectives:
              - {id: one, text: Recall one thing.}
              - {id: two, text: Recall another.}
            summary: Stubs load [%s].
            facts:
            """);
    List<Span> spans = randomSpans();
    List<FactStub.Stub> stubs = new ArrayList<>();
    for (Span span : spans) {
      FactStub.Stub stub = made(span, INDEXES.get(span.source().id()), taken);
      taken.add(stub.id());
      stubs.add(stub);
      // The author's two fields, filled as an author would.
      sheet.append(
          stub.yaml()
              .replace("statement: \"\"", "statement: \"A statement.\"")
              .replace("    kind:  #", "    kind: fact  #"));
    }
    Files.writeString(
        content.resolve("questions/zz-stubs.yaml"), sheet.toString().formatted(stubs.get(0).id()));
    LibraryLoader.Result result = LibraryLoader.load(content);
    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format))
        .isEmpty();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      Fact fact = result.library().fact(stubs.get(i).id()).orElseThrow();
      assertThat(fact.citation())
          .isEqualTo(
              new Citation(span.source().id(), span.passage().id(), span.start(), span.end()));
    }
  }

  private Path copyOfShippedContent() throws IOException {
    for (String folder : List.of("seeds", "questions")) {
      Files.createDirectories(dir.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, dir.resolve(folder).resolve(f.getFileName()));
        }
      }
    }
    return dir;
  }

  @Test
  void pastedWordsWithStraightQuotesGiveTheSourcesCurlyOnesAndTheSameStubAsASelection() {
    Library mini = LibraryLoader.load(ContentFixture.withSheets(dir, "good")).library();
    Source source = mini.source("mini-paper").orElseThrow();
    QuoteIndex index = QuoteIndex.of(source.passages());
    FactStub.Outcome pasted =
        FactStub.fromWords(
            source,
            index,
            "the \"Individual Partnership Action Plan\" followed in 2006 - a new stage",
            "",
            id -> false);
    FactStub.Stub stub = ((FactStub.Made) pasted).stubs().get(0);
    assertThat(stub.quote())
        .isEqualTo("the “Individual Partnership Action Plan” followed in 2006 — a new stage");
    FactStub.Outcome selected =
        FactStub.fromSelection(
            source, index, stub.passage().id(), stub.start() + 2, stub.end() - 1, id -> false);
    assertThat(((FactStub.Made) selected).stubs().get(0).yaml()).isEqualTo(stub.yaml());
    assertThat(stub.yaml())
        .contains(
            "    quote: \"the “Individual Partnership Action Plan” followed in 2006 — a new stage\"")
        .contains("kind:  # fact | assessment | prediction | quotation")
        .doesNotContain("prefix")
        .doesNotContain("suffix");
  }

  @Test
  void wordsThatOccurTwiceGetTheShortestPrefixOrSuffixAndPastedOnesAStubPerPlace() {
    Library mini = LibraryLoader.load(ContentFixture.withSheets(dir, "good")).library();
    Source source = mini.source("mini-paper").orElseThrow();
    QuoteIndex index = QuoteIndex.of(source.passages());
    FactStub.Outcome outcome =
        FactStub.fromWords(source, index, "Cooperation grew every year.", "", id -> false);
    List<FactStub.Stub> stubs = ((FactStub.Made) outcome).stubs();
    assertThat(stubs).hasSize(2);
    assertThat(stubs.get(0).id()).isNotEqualTo(stubs.get(1).id());
    // Inside a paragraph: one word before it tells it apart.
    assertThat(stubs.get(0).prefix()).contains("stage.");
    assertThat(stubs.get(0).suffix()).isEmpty();
    // A paragraph of its own: nothing around it in the passage, so only `passage:` places it.
    assertThat(stubs.get(1).prefix()).isEmpty();
    assertThat(stubs.get(1).suffix()).isEmpty();
    for (FactStub.Stub stub : stubs) {
      assertThat(stub.yaml()).contains("passage: \"" + stub.passage().id() + "\"");
      assertThat(
              index.find(
                  stub.quote(),
                  stub.prefix().orElse(null),
                  stub.suffix().orElse(null),
                  stub.passage().id()))
          .isEqualTo(new QuoteIndex.Found(stub.passage(), stub.start(), stub.end()));
    }
    assertThat(stubs.get(0).yaml()).contains("the words occur 2 times");
  }

  @Test
  void wordsNotInTheSourceAreRefusedWithTheClosestPassageAndWhereTheyStopAgreeing() {
    Library mini = LibraryLoader.load(ContentFixture.withSheets(dir, "good")).library();
    Source source = mini.source("mini-paper").orElseThrow();
    FactStub.Outcome outcome =
        FactStub.fromWords(
            source,
            QuoteIndex.of(source.passages()),
            "The partnership began in 1995 with the Partnership for Peace",
            "",
            id -> false);
    assertThat(outcome).isInstanceOf(FactStub.Refused.class);
    FactStub.Refused refused = (FactStub.Refused) outcome;
    assertThat(refused.closest()).isPresent();
    assertThat(refused.closest().get().text()).startsWith("The partnership began in 1994");
    assertThat(refused.hint()).contains("1995").contains("1994");
  }

  @Test
  void freshIdsSkipEveryIdAFactUses() {
    assertThat(FactStub.freshId("src", "The U.S. greatly assisted in creating", id -> false))
        .isEqualTo("u-s-greatly-assisted");
    assertThat(
            FactStub.freshId(
                "src", "The U.S. greatly assisted", Set.of("u-s-greatly-assisted")::contains))
        .isEqualTo("u-s-greatly-assisted-2");
    assertThat(FactStub.freshId("panfilova", "Казахстан и НАТО", id -> false))
        .isEqualTo("panfilova-fact");
  }
}
