package org.steppebrief.diagnostic;

/**
 * One problem found while loading content: where it is, what is wrong and how to fix it.
 *
 * <p>Positions are 1-based, as editors show them; 0 means the whole file.
 */
public record Diagnostic(
    String file, int line, int column, Severity severity, String message, String hint) {

  /** How bad a problem is: errors keep content from students, warnings do not. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The compiler-style form: {@code file:line:column: error: message}, then the hint. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(file).append(':').append(line).append(':').append(column).append(": ");
    out.append(severity.label()).append(": ").append(message);
    if (hint != null && !hint.isBlank()) {
      out.append(System.lineSeparator()).append("    hint: ").append(hint);
    }
    return out.toString();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
