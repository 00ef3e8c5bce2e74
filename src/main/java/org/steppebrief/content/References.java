package org.steppebrief.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.Spelling;

/**
 * Ids declared across the whole library and the fact references waiting for them; references are
 * resolved after every file is read, because a question may cite a fact of another topic.
 */
final class References {
  private final Map<String, Position> facts = new HashMap<>();
  private final Map<String, Position> questions = new HashMap<>();
  private final Map<String, Position> topics = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Diagnostics problems;

  private record Pending(Position at, String factId, String citedBy) {}

  References(Diagnostics problems) {
    this.problems = problems;
  }

  boolean declareFact(String id, Position at) {
    return declare(facts, "fact", id, at);
  }

  boolean declareQuestion(String id, Position at) {
    return declare(questions, "question", id, at);
  }

  boolean declareTopic(String id, Position at) {
    return declare(topics, "topic", id, at);
  }

  private boolean declare(Map<String, Position> ids, String what, String id, Position at) {
    Position earlier = ids.putIfAbsent(id, at);
    if (earlier != null) {
      problems.error(
          at,
          "duplicate " + what + " id `" + id + "`",
          "it is already used at " + earlier + "; ids must be unique in the whole library");
      return false;
    }
    return true;
  }

  void cite(String factId, Position at, String citedBy) {
    pending.add(new Pending(at, factId, citedBy));
  }

  void resolve() {
    for (Pending ref : pending) {
      if (!facts.containsKey(ref.factId())) {
        String nearest = Spelling.nearest(ref.factId(), facts.keySet());
        problems.error(
            ref.at(),
            ref.citedBy() + " cites unknown fact `" + ref.factId() + "`",
            nearest != null
                ? "did you mean `" + nearest + "`?"
                : "declare the fact in a topic's `facts:` or fix the id");
      }
    }
  }
}
