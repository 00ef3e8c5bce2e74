package org.steppebrief.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The shipped library's facts whose quote, as typed in the fact sheet, differs from the source's
 * own characters (straight for curly quote marks, a hyphen for a dash): the facts on which an
 * output printing the typed quote instead of the {@link Evidence} would show.
 */
public final class RetypedQuotes {
  /** How many such facts the shipped content has; a change of content may change it. */
  public static final int SHIPPED = 17;

  private static Library shipped;

  private RetypedQuotes() {}

  /** The library the project ships (tests run in the project folder). */
  public static synchronized Library shipped() {
    if (shipped == null) {
      LibraryLoader.Result result = LibraryLoader.load(Path.of("."));
      if (result.hasErrors()) {
        throw new IllegalStateException("the shipped content has errors: " + result.diagnostics());
      }
      shipped = result.library();
    }
    return shipped;
  }

  public static List<Fact> of(Library library) {
    return library.facts().stream()
        .filter(f -> !library.evidence(f).words().equals(f.quote()))
        .toList();
  }
}
