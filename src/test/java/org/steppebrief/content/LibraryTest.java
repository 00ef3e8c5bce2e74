package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LibraryTest {
  private final Library library = RetypedQuotes.shipped();

  /** A derived value's type, so the test has a key of its own. */
  record Counted(int made) {}

  @Test
  void factsSourcesAndTopicsAreFoundByIdAsInLibraryOrder() {
    for (Topic topic : library.topics()) {
      assertThat(library.topic(topic.id())).containsSame(topic);
      for (Fact fact : topic.facts()) {
        assertThat(library.fact(fact.id())).containsSame(fact);
        assertThat(library.source(fact.sourceId()).orElseThrow().id()).isEqualTo(fact.sourceId());
      }
    }
    assertThat(library.factsById().values()).containsExactlyElementsOf(library.facts());
    assertThat(library.topic("no-such-topic")).isEmpty();
    assertThat(library.fact("no-such-fact")).isEmpty();
    assertThat(library.source("no-such-source")).isEmpty();
  }

  @Test
  void aDerivedValueIsMadeOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
    Library fresh =
        new Library(library.sources(), library.topics(), library.glossary(), library.version());
    AtomicInteger made = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Counted>> asked =
          java.util.stream.IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return fresh.derived(
                                Counted.class, lib -> new Counted(made.incrementAndGet()));
                          }))
              .toList();
      start.countDown();
      for (Future<Counted> f : asked) {
        assertThat(f.get()).isSameAs(asked.get(0).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(made).hasValue(1);
    assertThat(library.derived(Counted.class, lib -> new Counted(-1)))
        .as("another library has its own")
        .isEqualTo(new Counted(-1));
  }
}
