package org.steppebrief.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's writes, made by one thread in shared transactions. SQLite lets one connection write at a
 * time and makes every other writer sleep and retry, and with {@code synchronous=FULL} each commit
 * waits for the disk. Here the writes that arrive while one commit is on its way to disk are run
 * together in the next transaction, each inside its own savepoint, and committed with one sync:
 * every caller still returns only after its write is durable, and one write that fails rolls back
 * only itself.
 */
final class GroupCommit implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** Writes per transaction at most, so that one commit never holds a crowd for long. */
  static final int MAX_BATCH = 256;

  private final Jdbi jdbi;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Object accepting = new Object();
  private final Thread writer;
  private final AtomicLong transactions = new AtomicLong();
  private boolean closed;

  private record Pending<T>(Database.Work<T> work, CompletableFuture<T> done) {}

  GroupCommit(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.writer = new Thread(this::loop, "steppe-brief-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Runs {@code work} in the next shared transaction and returns once it is committed. */
  <T> T write(Database.Work<T> work) {
    Pending<T> pending = new Pending<>(work, new CompletableFuture<>());
    synchronized (accepting) {
      if (closed) {
        throw new IllegalStateException("the database is closed");
      }
      queue.add(pending);
    }
    try {
      // join() is not interruptible: a caller waits for the outcome of a write it started.
      return pending.done().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Transactions committed so far. */
  long transactions() {
    return transactions.get();
  }

  /** Writes waiting for the next transaction. */
  int waiting() {
    return queue.size();
  }

  private void loop() {
    List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      Pending<?> first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        first = null;
      }
      if (first == null) {
        synchronized (accepting) {
          if (closed && queue.isEmpty()) {
            return;
          }
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, MAX_BATCH - 1);
      commit(batch);
      batch.clear();
    }
  }

  /** One transaction for the batch; each write's outcome goes to its caller after the commit. */
  private void commit(List<Pending<?>> batch) {
    List<Runnable> outcomes = new ArrayList<>(batch.size());
    try (Handle h = jdbi.open()) {
      // IMMEDIATE takes the write lock now rather than part-way through the batch, so a writer
      // in another process (the command line) makes this wait at the start, not fail in the middle.
      h.execute("BEGIN IMMEDIATE");
      try {
        for (Pending<?> p : batch) {
          outcomes.add(runOne(h, p));
        }
        h.execute("COMMIT");
        transactions.incrementAndGet();
      } catch (RuntimeException | Error e) {
        rollBack(h);
        throw e;
      }
    } catch (RuntimeException | Error e) {
      LOG.warn(
          "a shared write transaction of {} writes failed; none of them is stored", batch.size());
      batch.forEach(p -> p.done().completeExceptionally(e));
      return;
    }
    outcomes.forEach(Runnable::run);
  }

  /** Runs one write in a savepoint; returns what to tell its caller once the batch is committed. */
  private static <T> Runnable runOne(Handle h, Pending<T> p) {
    Database.IN_WRITE.set(h);
    h.execute("SAVEPOINT sb_write");
    try {
      T result = p.work().run(h);
      h.execute("RELEASE SAVEPOINT sb_write");
      return () -> p.done().complete(result);
    } catch (RuntimeException | Error e) {
      try {
        h.execute("ROLLBACK TO SAVEPOINT sb_write");
        h.execute("RELEASE SAVEPOINT sb_write");
      } catch (RuntimeException savepointGone) {
        // Some errors (SQLITE_FULL, SQLITE_IOERR) make SQLite roll the whole transaction back
        // itself: the batch fails, and every caller is told why, not "no such savepoint".
        e.addSuppressed(savepointGone);
        throw e;
      }
      return () -> p.done().completeExceptionally(e);
    } finally {
      Database.IN_WRITE.remove();
    }
  }

  private static void rollBack(Handle h) {
    try {
      h.execute("ROLLBACK");
    } catch (RuntimeException ignored) {
      // The transaction may not have begun, or SQLite rolled it back itself.
    }
  }

  /** Stops taking writes, finishes those already taken, and waits for the writer to end. */
  @Override
  public void close() {
    synchronized (accepting) {
      closed = true;
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
