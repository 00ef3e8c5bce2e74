package org.steppebrief.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may start a PDF render now. A render is half a second of a core and 600 KB, so a public
 * address that anyone can vary (topic subsets) must not be able to take the printer: public renders
 * get at most {@link #PUBLIC_RENDERS} of the {@link #RENDERS} slots (the rest stay for signed-in
 * instructors), one at a time per client address and at most {@link #PER_CLIENT_PER_MINUTE} a
 * minute. Nobody waits for a slot: a request that finds none is answered 503 with Retry-After at
 * once. Cached PDFs never come here.
 */
final class PrintSlots {
  static final int RENDERS = 2;
  static final int PUBLIC_RENDERS = 1;
  static final int PER_CLIENT_PER_MINUTE = 6;

  /** Seconds a refused requester is told to wait. */
  static final int RETRY_AFTER_SECONDS = 10;

  private final Semaphore all = new Semaphore(RENDERS);
  private final Semaphore anyone = new Semaphore(PUBLIC_RENDERS);
  private final Map<String, AtomicInteger> thisMinute = new ConcurrentHashMap<>();
  private final Map<String, Boolean> rendering = new ConcurrentHashMap<>();
  private volatile long minute = currentMinute();

  /** A taken slot; closing it gives it back. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /** A slot for a signed-in instructor, if one is free now. */
  Optional<Slot> instructor() {
    if (!all.tryAcquire()) {
      return Optional.empty();
    }
    return Optional.of(all::release);
  }

  /** A slot for an anonymous client at {@code address}, if its budget and a public slot allow. */
  Optional<Slot> anyone(String address) {
    long now = currentMinute();
    if (now != minute) {
      // A new minute: every client's count starts again (and the map cannot grow without end).
      minute = now;
      thisMinute.clear();
    }
    AtomicInteger used = thisMinute.computeIfAbsent(address, a -> new AtomicInteger());
    if (used.get() >= PER_CLIENT_PER_MINUTE) {
      return Optional.empty();
    }
    if (rendering.putIfAbsent(address, Boolean.TRUE) != null) {
      return Optional.empty();
    }
    if (!anyone.tryAcquire()) {
      rendering.remove(address);
      return Optional.empty();
    }
    if (!all.tryAcquire()) {
      anyone.release();
      rendering.remove(address);
      return Optional.empty();
    }
    // Counted once granted (one render at a time per address, so no race past the budget).
    used.incrementAndGet();
    return Optional.of(
        () -> {
          all.release();
          anyone.release();
          rendering.remove(address);
        });
  }

  private static long currentMinute() {
    return System.currentTimeMillis() / 60_000;
  }
}
