package org.steppebrief.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;

/**
 * Benchmark, not a test: the time to make a fact stub from a selection on the 100x library of
 * {@link LoadBenchmark}, with the source's quote index already built (as the web app keeps it) and
 * with it built on the spot (the first stub from a source after a reload). Run with the test
 * classpath as in {@code bench/library-load.sh}: {@code ... org.steppebrief.content.CiteBenchmark}.
 */
public final class CiteBenchmark {
  private CiteBenchmark() {}

  public static void main(String[] args) throws IOException {
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Library real = LibraryLoader.load(Path.of(".")).library();
    Path dir = Files.createTempDirectory("steppe-cite-bench");
    LoadBenchmark.write(real, scale, dir);
    Library library = LibraryLoader.load(dir).library();
    Map<String, Fact> facts = library.factsById();
    List<Source> sources = library.sources();
    Random random = new Random(7);
    int runs = 2_000;
    long[] warm = new long[runs];
    long[] cold = new long[200];
    for (int i = 0; i < runs + cold.length; i++) {
      Source source = sources.get(random.nextInt(sources.size()));
      List<Passage> body = source.passages();
      Passage p = body.get(random.nextInt(body.size()));
      String[] words = p.text().split(" ");
      int first = random.nextInt(words.length);
      int start = p.text().indexOf(words[first]);
      int end = Math.min(p.text().length(), start + 20 + random.nextInt(120));
      boolean isCold = i >= runs;
      QuoteIndex index = isCold ? null : QuoteIndex.of(source.passages());
      long t0 = System.nanoTime();
      if (isCold) {
        index = QuoteIndex.of(source.passages());
      }
      FactStub.fromSelection(source, index, p.id(), start, end, facts::containsKey);
      long t = System.nanoTime() - t0;
      if (isCold) {
        cold[i - runs] = t;
      } else {
        warm[i] = t;
      }
    }
    System.out.printf(
        Locale.ROOT, "%dx library: %d sources, %d facts%n", scale, sources.size(), facts.size());
    report("stub, index kept (steady state)", Arrays.copyOfRange(warm, runs / 2, runs));
    report("stub, index built first (first stub after a reload)", cold);
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-52s median %.2f ms, 95th %.2f ms, max %.2f ms (%d runs)%n",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[sorted.length * 95 / 100] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }
}
