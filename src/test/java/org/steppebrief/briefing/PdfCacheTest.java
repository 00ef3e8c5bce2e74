package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache keyed by the hash of a PDF's inputs. */
class PdfCacheTest {
  private static PdfRenderer.Pdf pdf(int size) {
    return new PdfRenderer.Pdf(new byte[size], 1);
  }

  @Test
  void aRepeatIsServedFromTheCacheWithoutRendering() {
    PdfCache cache = new PdfCache(1000);
    AtomicInteger renders = new AtomicInteger();
    PdfRenderer.Pdf first =
        cache.get(
            "k",
            () -> {
              renders.incrementAndGet();
              return pdf(10);
            });
    PdfRenderer.Pdf second =
        cache.get(
            "k",
            () -> {
              renders.incrementAndGet();
              return pdf(10);
            });
    assertThat(second).isSameAs(first);
    assertThat(renders).hasValue(1);
  }

  @Test
  void theLeastRecentlyUsedGoFirstBeyondTheBudget() {
    PdfCache cache = new PdfCache(25);
    cache.get("a", () -> pdf(10));
    cache.get("b", () -> pdf(10));
    cache.get("a", () -> pdf(10));
    cache.get("c", () -> pdf(10));
    AtomicInteger renders = new AtomicInteger();
    cache.get(
        "a",
        () -> {
          renders.incrementAndGet();
          return pdf(10);
        });
    cache.get(
        "b",
        () -> {
          renders.incrementAndGet();
          return pdf(10);
        });
    assertThat(renders).hasValue(1);
    assertThat(cache.size()).isLessThanOrEqualTo(2);
  }

  @Test
  void keysDifferWhenAnyInputDiffers() {
    assertThat(PdfCache.key("a", "bc")).isNotEqualTo(PdfCache.key("ab", "c")).hasSize(64);
    assertThat(PdfCache.key("a", "bc")).isEqualTo(PdfCache.key("a", "bc"));
  }

  @Test
  void aCachedBriefingComesBackInUnderTenMilliseconds() {
    BriefingWriter writer = new BriefingWriter(Samples.templates(), new PdfCache(32 << 20));
    BriefingOptions options =
        new BriefingOptions(
            List.of("kazbrig-peacekeeping"), Edition.STUDENT, Paper.A4, true, Samples.DATE);
    PdfRenderer.Pdf first = writer.write(Samples.library(), options);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      assertThat(writer.write(Samples.library(), options)).isSameAs(first);
      best = Math.min(best, System.nanoTime() - t);
    }
    assertThat(best).isLessThan(10_000_000L);
  }
}
