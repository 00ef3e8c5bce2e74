package org.steppebrief.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a run, so an author sees them all at once instead of one a time. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void error(Position at, String message, String hint) {
    all.add(
        new Diagnostic(
            at.file(), at.line(), at.column(), Diagnostic.Severity.ERROR, message, hint));
  }

  public void warning(Position at, String message, String hint) {
    all.add(
        new Diagnostic(
            at.file(), at.line(), at.column(), Diagnostic.Severity.WARNING, message, hint));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count();
  }

  /** All problems, sorted by file and position. */
  public List<Diagnostic> sorted() {
    return all.stream()
        .sorted(
            Comparator.comparing(Diagnostic::file)
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column))
        .toList();
  }
}
