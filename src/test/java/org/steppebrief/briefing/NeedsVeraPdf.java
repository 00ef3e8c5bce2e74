package org.steppebrief.briefing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that validates PDFs with veraPDF (see {@link VeraPdf}). Tagged {@value #TAG}, so that
 * {@code mvn -Pfast test} leaves it out of the edit loop; the default build runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(NeedsVeraPdf.TAG)
public @interface NeedsVeraPdf {
  String TAG = "verapdf";
}
