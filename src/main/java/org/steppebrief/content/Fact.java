package org.steppebrief.content;

import java.util.List;
import java.util.Optional;

/** One claim of a source, in the project's words, proven by a verbatim quote. */
public record Fact(
    String id,
    String topicId,
    String statement,
    String quote,
    Citation citation,
    FactKind kind,
    Optional<String> saidBy,
    Optional<Integer> year,
    List<String> actors,
    Optional<String> programme,
    Optional<String> stage,
    Origin origin) {

  public Fact {
    actors = List.copyOf(actors);
  }

  public String sourceId() {
    return citation.sourceId();
  }
}
