package org.steppebrief.content;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.steppebrief.corpus.Region;
import org.steppebrief.corpus.Source;

/**
 * Benchmark, not a test: builds synthetic libraries 1, 10 and 100 times the shipped one (every
 * source copied under a new id, every fact re-quoted against its copy, one question per fact) and
 * reports load-and-validate time and peak heap. Run with {@code bench/library-load.sh}.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Library real = LibraryLoader.load(Path.of(".")).library();
    System.out.printf(
        Locale.ROOT,
        "shipped library: %d sources, %d facts, %d questions%n",
        real.sources().size(),
        real.facts().size(),
        real.questions().size());
    int[] scales =
        args.length > 0
            ? Stream.of(args).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 10, 100};
    measure(real, 1, true);
    for (int scale : scales) {
      measure(real, scale, false);
    }
  }

  private static void measure(Library real, int scale, boolean warmUp) throws IOException {
    Path dir = Files.createTempDirectory("steppe-bench");
    try {
      long sourceBytes = write(real, scale, dir);
      int runs = warmUp ? 3 : 5;
      long best = Long.MAX_VALUE;
      long peak = 0;
      LibraryLoader.Result result = null;
      for (int i = 0; i < runs; i++) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        result = LibraryLoader.load(dir);
        best = Math.min(best, System.nanoTime() - start);
        peak = Math.max(peak, peakHeap());
      }
      if (result.hasErrors()) {
        throw new IllegalStateException(
            "synthetic library has errors: " + result.diagnostics().get(0).format());
      }
      if (!warmUp) {
        System.out.printf(
            Locale.ROOT,
            "%4dx: %5.1f MB source text, %6d facts, %6d questions: load+validate best of %d %7.0f ms, peak heap %5.0f MB%n",
            scale,
            sourceBytes / 1e6,
            result.library().facts().size(),
            result.library().questions().size(),
            runs,
            best / 1e6,
            peak / 1e6);
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static long write(Library real, int scale, Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path questions = Files.createDirectories(dir.resolve("questions"));
    StringBuilder catalog = new StringBuilder("sources:\n");
    long bytes = 0;
    for (int copy = 0; copy < scale; copy++) {
      for (Source source : real.sources()) {
        String id = source.id() + "-c" + copy;
        byte[] text = Files.readAllBytes(Path.of("seeds").resolve(source.file()));
        Files.write(seeds.resolve(id + ".txt"), text);
        bytes += text.length;
        catalog.append("  - id: ").append(id).append("\n    file: ").append(id).append(".txt\n");
        catalog.append("    genre: copy\n    language: en\n    authors: {status: unknown}\n");
        catalog.append("    outlet: {status: unknown}\n    date: {status: unknown}\n");
        catalog.append(
            "    licence: {status: unknown}\n    url: {status: unknown}\n    regions:\n");
        for (Region r : source.regions()) {
          catalog.append("      - {lines: ").append(r.firstLine()).append('-').append(r.lastLine());
          catalog.append(", role: ").append(r.role().key()).append("}\n");
        }
      }
      for (Topic topic : real.topics()) {
        StringBuilder sheet = new StringBuilder();
        String topicId = topic.id() + "-c" + copy;
        sheet
            .append("id: ")
            .append(topicId)
            .append("\ntitle: ")
            .append(q(topic.title()))
            .append('\n');
        sheet
            .append("summary: ")
            .append(q("Synthetic [" + topic.facts().get(0).id() + "-c" + copy + "]."))
            .append('\n');
        sheet.append("facts:\n");
        for (Fact f : topic.facts()) {
          Source source = real.source(f.sourceId()).orElseThrow();
          sheet.append("  - id: ").append(f.id()).append("-c").append(copy).append('\n');
          sheet.append("    statement: ").append(q(f.statement())).append('\n');
          sheet.append("    source: ").append(source.id()).append("-c").append(copy).append('\n');
          sheet.append("    quote: ").append(q(f.quote())).append('\n');
          sheet
              .append("    passage: ")
              .append(
                  q(
                      real.passageOf(f)
                          .id()
                          .replace(source.id() + ":", source.id() + "-c" + copy + ":")))
              .append('\n');
          sheet.append("    kind: ").append(f.kind().key()).append('\n');
          f.saidBy().ifPresent(s -> sheet.append("    said_by: ").append(q(s)).append('\n'));
        }
        sheet.append("questions:\n");
        for (Fact f : topic.facts()) {
          sheet.append("  - id: q-").append(f.id()).append("-c").append(copy).append('\n');
          sheet.append("    type: true-false\n    prompt: ").append(q(f.statement())).append('\n');
          sheet
              .append("    answer: true\n    facts: [")
              .append(f.id())
              .append("-c")
              .append(copy)
              .append("]\n");
          sheet.append("    explanation: The source says so.\n");
        }
        Files.writeString(questions.resolve(topicId + ".yaml"), sheet);
      }
    }
    Files.writeString(seeds.resolve("sources.yaml"), catalog);
    return bytes;
  }

  /** A YAML double-quoted scalar; JSON string escapes are valid YAML. */
  private static String q(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
