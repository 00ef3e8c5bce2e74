package org.steppebrief.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Statements kept prepared on each SQLite connection of the pool. The SQLite driver compiles a
 * statement afresh on every {@code prepareStatement}, which cost more than running the question
 * page's query. A connection is used by one thread at a time (the pool lends it out), so its own
 * statements need no lock; the map of connections does.
 */
final class PreparedStatements {
  private final Map<Connection, Map<String, PreparedStatement>> byConnection =
      new IdentityHashMap<>();

  /** The statement for {@code sql} on {@code physical}, the driver's own connection. */
  PreparedStatement on(Connection physical, String sql) throws SQLException {
    Map<String, PreparedStatement> statements;
    synchronized (byConnection) {
      statements = byConnection.get(physical);
      if (statements == null) {
        // A new connection: the pool may have closed one it replaced; forget those.
        byConnection.keySet().removeIf(PreparedStatements::isClosed);
        statements = new HashMap<>();
        byConnection.put(physical, statements);
      }
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = physical.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private static boolean isClosed(Connection c) {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }
}
