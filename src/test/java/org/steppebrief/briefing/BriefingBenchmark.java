package org.steppebrief.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;

/**
 * Warm-JVM timings of the full instructor briefing, for bench/briefing.sh (not a test): the median
 * of N renders after warm-up, its parts (choosing, templating, printing), and a repeat served from
 * the cache. Usage: BriefingBenchmark RUNS XHTML-OUT
 */
public final class BriefingBenchmark {
  private BriefingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Library library = LibraryLoader.load(Path.of(".")).library();
    PrintTemplates templates = new PrintTemplates(Path.of("templates"), false);
    BriefingOptions options =
        new BriefingOptions(
            List.of(), Edition.INSTRUCTOR, Paper.A4, false, LocalDate.of(2026, 11, 25));
    BriefingWriter writer = new BriefingWriter(templates, PdfCache.none());
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), writer.xhtml(library, options));
    }
    PdfRenderer renderer = new PdfRenderer(templates.dir());
    List<Double> total = new ArrayList<>();
    List<Double> choose = new ArrayList<>();
    List<Double> template = new ArrayList<>();
    List<Double> print = new ArrayList<>();
    int pages = 0;
    long bytes = 0;
    for (int i = 0; i < runs + 8; i++) {
      long t0 = System.nanoTime();
      BriefingView view = new BriefingViews(library).view(options);
      long t1 = System.nanoTime();
      PdfRenderer.Metadata meta = BriefingWriter.metadata(view);
      String xhtml = writer.xhtml(library, options);
      long t2 = System.nanoTime();
      PdfRenderer.Pdf pdf =
          renderer.render(
              xhtml,
              meta,
              PdfRenderer.utc(options.date().atStartOfDay().toInstant(ZoneOffset.UTC)),
              new byte[16]);
      long t3 = System.nanoTime();
      pages = pdf.pages();
      bytes = pdf.bytes().length;
      if (i >= 8) {
        choose.add((t1 - t0) / 1e6);
        template.add((t2 - t1) / 1e6);
        print.add((t3 - t2) / 1e6);
      }
    }
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      writer.write(library, options);
      total.add((System.nanoTime() - t) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
    }
    BriefingWriter cached = new BriefingWriter(templates, new PdfCache(64L << 20));
    cached.write(library, options);
    List<Double> hits = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long t = System.nanoTime();
      cached.write(library, options);
      hits.add((System.nanoTime() - t) / 1e6);
    }
    System.out.printf(
        "warm full instructor briefing: %d pages, %d KB, median %.0f ms (min %.0f, max %.0f) over %d runs%n",
        pages, bytes / 1024, median(total), Collections.min(total), Collections.max(total), runs);
    System.out.printf("  CPU time of the rendering thread: median %.0f ms%n", median(cpu));
    System.out.printf(
        "  parts (medians): choose %.1f ms, template (view + Thymeleaf) %.1f ms, print (openhtmltopdf + PDFBox) %.0f ms%n",
        median(choose), median(template), median(print));
    System.out.printf(
        "cached repeat: median %.3f ms, max %.3f ms over 200%n",
        median(hits), Collections.max(hits));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
