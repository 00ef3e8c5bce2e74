package org.steppebrief.store;

import java.util.Base64;

/** Settings every node must share, kept in the database so that a cluster agrees on them. */
public final class Settings {
  private final Database db;

  public Settings(Database db) {
    this.db = db;
  }

  /**
   * The key that signs CSRF tokens and cookies. The first node to start creates it; every other
   * node reads the same one, so a form served by one node is accepted by another.
   */
  public byte[] signingKey() {
    String fresh = Base64.getEncoder().encodeToString(Tokens.secret());
    return db.write(
        h -> {
          h.createUpdate(
                  "INSERT INTO settings (name, value) VALUES ('signing-key', :v) ON CONFLICT (name) DO NOTHING")
              .bind("v", fresh)
              .execute();
          String stored =
              h.createQuery("SELECT value FROM settings WHERE name = 'signing-key'")
                  .mapTo(String.class)
                  .one();
          return Base64.getDecoder().decode(stored);
        });
  }
}
