package org.steppebrief.diagnostic;

/** A place in a content file, 1-based; line 0 stands for the file as a whole. */
public record Position(String file, int line, int column) {
  public static Position wholeFile(String file) {
    return new Position(file, 0, 0);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
