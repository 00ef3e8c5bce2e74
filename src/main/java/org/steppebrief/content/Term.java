package org.steppebrief.content;

import java.util.List;
import java.util.Optional;

/** A glossary entry: a term, its expansion as the sources give it, and a cited definition. */
public record Term(
    String term,
    Optional<String> expansion,
    String definition,
    List<String> factIds,
    Origin origin) {
  public Term {
    factIds = List.copyOf(factIds);
  }
}
