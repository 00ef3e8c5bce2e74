package org.steppebrief.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs on the embedded PostgreSQL server (see {@link TestDatabases#postgresUrl()}). A
 * test run on SQLite and PostgreSQL in turn is tagged as a whole. Tagged {@value #TAG}, so that
 * {@code mvn -Pfast test} leaves it out of the edit loop; the default build runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(NeedsPostgres.TAG)
public @interface NeedsPostgres {
  String TAG = "postgres";
}
