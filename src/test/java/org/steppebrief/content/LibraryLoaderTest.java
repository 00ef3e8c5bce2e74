package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steppebrief.diagnostic.Diagnostic;

class LibraryLoaderTest {
  @TempDir Path dir;

  private List<Diagnostic> errorsOf(String sheet) {
    LibraryLoader.Result result = LibraryLoader.load(ContentFixture.withSheets(dir, "good", sheet));
    return result.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  @Test
  void loadsAGoodSheetWithoutProblems() {
    LibraryLoader.Result result = LibraryLoader.load(ContentFixture.withSheets(dir, "good"));
    assertThat(result.diagnostics()).isEmpty();
    Library library = result.library();
    assertThat(library.topics())
        .singleElement()
        .satisfies(t -> assertThat(t.id()).isEqualTo("good"));
    assertThat(library.questions())
        .hasSize(7)
        .extracting(Question::type)
        .containsExactlyInAnyOrder(QuestionType.values());
    Fact fact = library.fact("good-bridge").orElseThrow();
    assertThat(fact.saidBy()).contains("the experts");
    String passage = library.passageOf(fact).text();
    assertThat(passage.substring(fact.citation().start(), fact.citation().end()))
        .isEqualTo("the partnership is a bridge between East and West");
    assertThat(library.version()).hasSize(12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown-source           | 7  | unknown source `mini-papr`                       | did you mean `mini-paper`?",
        "quote-not-found          | 8  | quote not found in source `mini-paper`           | closest passage is ¶",
        "ambiguous-quote          | 8  | quote occurs 2 times in `mini-paper`             | prefix",
        "same-fact-id-twice       | 5  | duplicate fact id `good-began-1994`              | already used at questions/good.yaml",
        "unknown-fact             | 10 | cites unknown fact `good-began-1995`             | did you mean `good-began-1994`?",
        "missing-said-by          | 9  | a fact of kind `assessment` must say whose view   | said_by",
        "answer-not-among-choices | 10 | answer `1995` is not among the choices           | did you mean `1994`?",
        "malformed-ordering       | 9  | an ordering question needs 3 to 8 items          | right order",
        "malformed-matching       | 10 | the right side `2006` is listed twice            | ",
        "summary-unknown-fact     | 3  | summary sentence 2 cites unknown fact `watched-by-observers` | ",
        "summary-uncited-sentence | 3  | summary sentence 2 cites no fact: \"It was watched by observers.\" | end every sentence",
        "yaml-syntax-error        | 6  | YAML syntax error: mapping values are not allowed here | quoting",
        "unknown-field            | 8  | unknown field `quotes` in a fact                 | did you mean `quote`?",
        "duplicate-key            | 3  | duplicate key `title`                            | line 2",
        "reserved-question-id     | 6  | question ids starting with `gen-` are reserved   | rename",
        "wrong-file-name          | 1  | topic id `another-name` does not match the file name | set `id: wrong-file-name`",
      })
  void reportsEachProblemWithFileLineAndAHint(String sheet, int line, String message, String hint) {
    List<Diagnostic> errors = errorsOf(sheet);
    assertThat(errors)
        .as("errors of %s", sheet)
        .anySatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("questions/" + sheet + ".yaml");
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.message()).contains(message.strip());
              if (hint != null) {
                assertThat(d.hint()).contains(hint.strip());
              }
            });
  }

  @Test
  void reportsEveryProblemOfARunNotJustTheFirst() {
    LibraryLoader.Result result =
        LibraryLoader.load(
            ContentFixture.withSheets(
                dir, "good", "unknown-source", "quote-not-found", "missing-said-by"));
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).hasSize(3);
  }

  @Test
  void formatsADiagnosticAsFileLineColumnMessageAndHint() {
    Diagnostic d = errorsOf("unknown-source").get(0);
    assertThat(d.format())
        .startsWith("questions/unknown-source.yaml:7:13: error: unknown source")
        .contains("\n    hint: ");
  }

  @Test
  void refusesAnAliasBombQuickly() {
    List<Diagnostic> errors = errorsOf("alias-bomb");
    assertThat(errors).anySatisfy(d -> assertThat(d.message()).contains("too many aliases"));
  }

  @Test
  void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
    ContentFixture.withSheets(dir, "good");
    Path huge = dir.resolve("questions/huge.yaml");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] block =
          "# padding padding padding padding padding padding padding\n".repeat(1024).getBytes();
      for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
        out.write(block);
      }
    }
    LibraryLoader.Result result = LibraryLoader.load(dir);
    assertThat(result.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("questions/huge.yaml");
              assertThat(d.message()).contains("file is 50.0 MB").contains("at most 2 MB");
            });
  }

  @Test
  void refusesADeeplyNestedDocument() throws IOException {
    ContentFixture.withSheets(dir, "good");
    Files.writeString(
        dir.resolve("questions/deep.yaml"),
        "id: deep\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    LibraryLoader.Result result = LibraryLoader.load(dir);
    assertThat(result.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("nested more than"));
  }

  @Test
  void neverConstructsJavaObjectsFromTags() throws IOException {
    ContentFixture.withSheets(dir, "good");
    Files.writeString(
        dir.resolve("questions/tagged.yaml"),
        "id: tagged\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\nsummary: x [good-bridge].\nfacts: []\n");
    LibraryLoader.Result result = LibraryLoader.load(dir);
    assertThat(result.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("questions/tagged.yaml");
              assertThat(d.message()).contains("tag is not allowed");
              assertThat(d.hint()).contains("no `!!` tags");
            });
  }

  @Test
  void putsTopicsInTheOrderTheirAuthorsGaveThenByFileName() {
    Library library =
        LibraryLoader.load(ContentFixture.withSheets(dir, "good", "zz-first-topic")).library();
    assertThat(library.topics()).extracting(Topic::id).containsExactly("zz-first-topic", "good");
  }
}
