package org.steppebrief;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes seconds even on an idle machine because of what it must do: lay out whole
 * briefing PDFs, start and kill a server in a JVM of its own, or read back every question of the
 * shipped library. Tagged {@value #TAG}, so that {@code mvn -Pfast test} leaves it out of the edit
 * loop; the default build runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
  String TAG = "slow";
}
