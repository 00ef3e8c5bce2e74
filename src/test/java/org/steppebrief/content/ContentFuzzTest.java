package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.cli.Main;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;
import org.steppebrief.corpus.SourceCatalog;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import picocli.CommandLine;

/**
 * Every shipped content file, mutated 10,000 times by a seeded mutator (numbers at their limits,
 * types swapped, keys dropped, characters and bytes inserted, lines duplicated, files cut short):
 * the readers never throw, and every error they report names a file. A sample of the mutations also
 * runs through {@code check}, which must exit 0 or 1 and print its diagnostics.
 *
 * <p>A failure prints the seed and the mutation number; {@code -Dfuzz.seed=N} replays a run.
 */
class ContentFuzzTest {
  private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 10_000);

  /** Full {@code check} runs (each reads every source text again), spread over the files. */
  private static final int CHECK_RUNS = 20;

  private static final String[] NUMBERS = {
    "0",
    "-1",
    "-0",
    "99999999999",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "99999999999-5",
    "1-99999999999",
    "1e400",
    "0x7fffffff",
    "0o17",
    "1_000",
    ".inf",
    "-.inf",
    ".nan",
    "1.5"
  };

  private static final String[] VALUES = {
    "[]",
    "{}",
    "~",
    "null",
    "[a, b]",
    "{a: 1}",
    "[[[]]]",
    "true",
    "\"\"",
    "''",
    "!!binary AAAA",
    "!!int x",
    "&anchor x",
    "*anchor",
    "|",
    ">-",
    "- x",
    "? x",
    "\"unterminated",
    "'",
    "%YAML 1.1",
    "---",
    "..."
  };

  private static final String[] INSERTS = {
    ":", "-", "{", "}", "[", "]", "\"", "'", "\t", "#", "&", "*", "!", "|", ">", "%", "@", "`",
    "\u0000", "\u0007", "\uFEFF", "\u2028", "\uFFFF", "é", "𝔘", "\r", "\n", "\n  ", ": ", "- "
  };

  @TempDir Path dir;

  @Test
  void mutatedContentIsAlwaysDiagnosedNeverThrown() throws IOException {
    long seed = Long.getLong("fuzz.seed", 20240614L);
    Random random = new Random(seed);
    Path content = copyShippedContent(dir.resolve("content"));
    Map<String, byte[]> originals = new LinkedHashMap<>();
    originals.put("seeds/sources.yaml", Files.readAllBytes(content.resolve("seeds/sources.yaml")));
    try (Stream<Path> files = Files.list(content.resolve("questions"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        originals.put("questions/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    // Topic and glossary files are read against the real sources, loaded once.
    Diagnostics sourceProblems = new Diagnostics();
    List<Source> sources = SourceCatalog.read(content.resolve("seeds"), "seeds", sourceProblems);
    assertThat(sourceProblems.sorted()).isEmpty();
    Map<String, QuoteIndex> indexes = new LinkedHashMap<>();
    sources.forEach(s -> indexes.put(s.id(), QuoteIndex.of(s.passages())));

    List<String> names = new ArrayList<>(originals.keySet());
    long started = System.nanoTime();
    int withErrors = 0;
    int checks = 0;
    long[] readNanos = new long[3];
    for (int i = 0; i < MUTATIONS; i++) {
      String name = names.get(i % names.size());
      byte[] mutated = mutate(originals.get(name), random);
      Path file = content.resolve(name);
      Files.write(file, mutated);
      String replay = "seed " + seed + ", mutation " + i + " of " + name;
      List<Diagnostic> found;
      long readStart = System.nanoTime();
      try {
        found = readAlone(content, name, file, indexes);
        readNanos[name.startsWith("seeds/") ? 0 : 1] += System.nanoTime() - readStart;
      } catch (RuntimeException | StackOverflowError e) {
        Path kept = Files.write(dir.resolve("failing-" + i + ".yaml"), mutated);
        throw new AssertionError(replay + " threw (input kept in " + kept + ")", e);
      }
      for (Diagnostic d : found) {
        assertThat(d.file()).as(replay).isNotBlank();
        assertThat(d.message()).as(replay).isNotBlank();
      }
      if (found.stream().anyMatch(Diagnostic::isError)) {
        withErrors++;
      }
      if (i % (MUTATIONS / CHECK_RUNS) == 0) {
        checks++;
        long checkStart = System.nanoTime();
        assertCheckExitsCleanly(content, replay);
        readNanos[2] += System.nanoTime() - checkStart;
      }
      Files.write(file, originals.get(name));
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "ContentFuzzTest: %d mutations over %d files (seed %d), %d with errors, %d check runs, %d s"
            + " (sources %d s, sheets %d s, check %d s)%n",
        MUTATIONS,
        names.size(),
        seed,
        withErrors,
        checks,
        seconds,
        readNanos[0] / 1_000_000_000L,
        readNanos[1] / 1_000_000_000L,
        readNanos[2] / 1_000_000_000L);
    // The mutator is not a no-op: most mutations must be caught as errors.
    assertThat(withErrors).isGreaterThan(MUTATIONS / 4);
  }

  /** Reads the mutated file with the reader for its kind, as the loader would. */
  private static List<Diagnostic> readAlone(
      Path content, String name, Path file, Map<String, QuoteIndex> indexes) {
    Diagnostics problems = new Diagnostics();
    if (name.startsWith("seeds/")) {
      SourceCatalog.read(content.resolve("seeds"), "seeds", problems);
    } else {
      References references = new References(problems);
      if (name.endsWith("/" + LibraryLoader.GLOSSARY)) {
        GlossaryReader.read(file, name, references, problems);
      } else {
        new FactSheetReader(indexes, references, problems).read(file, name);
      }
      references.resolve();
    }
    return problems.sorted();
  }

  private static void assertCheckExitsCleanly(Path content, String replay) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("check", "--content", content.toString());
    assertThat(exit).as(replay + "\n" + err).isIn(0, 1);
    assertThat(err.toString()).as(replay).doesNotContain("Exception").doesNotContain("\tat ");
    if (exit == 1) {
      assertThat(out.toString()).as(replay).containsPattern("[a-z/_.-]+\\.yaml:\\d+:\\d+: error: ");
    }
  }

  /** One to three mutations of one file's text (or bytes). */
  static byte[] mutate(byte[] original, Random random) {
    String text = new String(original, StandardCharsets.UTF_8);
    int count = 1 + random.nextInt(3);
    for (int m = 0; m < count; m++) {
      text =
          switch (random.nextInt(8)) {
            case 0 -> replaceNumber(text, random);
            case 1 -> replaceValue(text, random);
            case 2 -> dropLine(text, random);
            case 3 -> insert(text, random, INSERTS[random.nextInt(INSERTS.length)]);
            case 4 -> duplicateLine(text, random);
            case 5 -> reindent(text, random);
            case 6 -> text.substring(0, random.nextInt(text.length() + 1));
            default -> insert(text, random, NUMBERS[random.nextInt(NUMBERS.length)]);
          };
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0 && bytes.length > 0) {
      // Not UTF-8 at all.
      bytes = bytes.clone();
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  private static String replaceNumber(String text, Random random) {
    List<int[]> runs = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\d+(-\\d+)?").matcher(text);
    while (m.find()) {
      runs.add(new int[] {m.start(), m.end()});
    }
    if (runs.isEmpty()) {
      return insert(text, random, NUMBERS[random.nextInt(NUMBERS.length)]);
    }
    int[] run = runs.get(random.nextInt(runs.size()));
    return text.substring(0, run[0])
        + NUMBERS[random.nextInt(NUMBERS.length)]
        + text.substring(run[1]);
  }

  private static String replaceValue(String text, Random random) {
    List<int[]> values = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("(?m)^(\\s*-?\\s*[a-z_]+:)( .*)$").matcher(text);
    while (m.find()) {
      values.add(new int[] {m.end(1), m.end(2)});
    }
    if (values.isEmpty()) {
      return text;
    }
    int[] value = values.get(random.nextInt(values.size()));
    return text.substring(0, value[0])
        + " "
        + VALUES[random.nextInt(VALUES.length)]
        + text.substring(value[1]);
  }

  private static String dropLine(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.remove(random.nextInt(lines.size()));
    return String.join("\n", lines);
  }

  private static String duplicateLine(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    lines.add(at, lines.get(at));
    return String.join("\n", lines);
  }

  private static String reindent(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    lines.set(at, random.nextBoolean() ? "  " + line : line.stripLeading());
    return String.join("\n", lines);
  }

  private static String insert(String text, Random random, String what) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + what + text.substring(at);
  }

  private static Path copyShippedContent(Path to) throws IOException {
    for (String folder : List.of("seeds", "questions")) {
      Files.createDirectories(to.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(
              file,
              to.resolve(folder).resolve(file.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
