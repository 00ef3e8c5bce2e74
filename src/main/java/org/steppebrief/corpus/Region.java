package org.steppebrief.corpus;

/** A range of lines of a source file (1-based, inclusive) that is not plain body text. */
public record Region(int firstLine, int lastLine, Role role, String reason) {
  public boolean contains(int line) {
    return line >= firstLine && line <= lastLine;
  }
}
