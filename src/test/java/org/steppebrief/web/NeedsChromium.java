package org.steppebrief.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that drives the system's headless Chromium (see {@link HeadlessChromium}). Tagged {@value
 * #TAG}, so that {@code mvn -Pfast test} leaves it out of the edit loop; the default build runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(NeedsChromium.TAG)
@interface NeedsChromium {
  String TAG = "browser";
}
