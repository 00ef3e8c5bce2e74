package org.steppebrief.content;

/** Where a piece of content was written: file (relative to the project) and line. */
public record Origin(String file, int line) {}
