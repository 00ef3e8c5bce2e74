package org.steppebrief.content;

/** Where a fact's quote is: a passage and the character range of its text. */
public record Citation(String sourceId, String passageId, int start, int end) {}
