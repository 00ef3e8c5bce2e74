package org.steppebrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {
  @TempDir Path dir;

  @NeedsPostgres
  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void sharesOneSigningKeyBetweenNodes(String kind) {
    String url =
        kind.equals("postgres") ? TestDatabases.postgresUrl() : TestDatabases.sqliteUrl(dir);
    try (Database first = Database.open(url);
        Database second = Database.open(url)) {
      assertThat(new Settings(first).signingKey())
          .hasSize(32)
          .isEqualTo(new Settings(second).signingKey());
    }
  }
}
