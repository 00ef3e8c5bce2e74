package org.steppebrief.classes;

import org.steppebrief.store.Database;

/**
 * Limits wrong join codes per client address: after {@link #MAX_FAILURES} failures in {@link
 * #WINDOW_MS}, every join from that address is refused until the window ends, right code or not (so
 * a guesser learns nothing). Only failures count, so a class of 300 behind one school router is not
 * stopped by its own successful joins. Kept in the database rather than per node, so the limit
 * holds however a load balancer spreads the guesses. At 20 guesses per 10 minutes, finding one of
 * even a thousand live 40-bit codes would take about 50,000 years.
 */
public final class JoinLimiter {
  public static final int MAX_FAILURES = 20;
  public static final long WINDOW_MS = 10 * 60 * 1000L;

  private final Database db;

  public JoinLimiter(Database db) {
    this.db = db;
  }

  /** Whether this address has used up its wrong guesses for now. */
  public boolean blocked(String address, long now) {
    return db.query(
        "SELECT failures, window_start FROM join_failures WHERE address = ?",
        s -> s.setString(1, key(address)),
        rs -> rs.next() && rs.getLong(2) > now - WINDOW_MS && rs.getInt(1) >= MAX_FAILURES);
  }

  /** Counts a wrong code; a window that has ended starts again. */
  public void failed(String address, long now) {
    long expired = now - WINDOW_MS;
    db.write(
        h ->
            db.update(
                "INSERT INTO join_failures (address, window_start, failures) VALUES (?, ?, 1)"
                    + " ON CONFLICT (address) DO UPDATE SET"
                    + " failures = CASE WHEN join_failures.window_start <= ? THEN 1"
                    + " ELSE join_failures.failures + 1 END,"
                    + " window_start = CASE WHEN join_failures.window_start <= ? THEN ?"
                    + " ELSE join_failures.window_start END",
                s -> {
                  s.setString(1, key(address));
                  s.setLong(2, now);
                  s.setLong(3, expired);
                  s.setLong(4, expired);
                  s.setLong(5, now);
                }));
  }

  private static String key(String address) {
    return address.length() > 64 ? address.substring(0, 64) : address;
  }
}
