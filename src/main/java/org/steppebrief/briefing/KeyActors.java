package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.briefing.BriefingView.ActorRow;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Topic;

/**
 * Key actors, when at least three actors are each named by two or more of the topic's plain facts
 * (views appear with their holders, under Perspectives): the {@value #ACTORS} named most often,
 * each with a fact about it that nothing else in the section shows, the one naming the fewest other
 * actors (the one most about it) first.
 */
final class KeyActors {
  static final int ACTORS = 4;

  private final BriefingFacts facts;

  KeyActors(BriefingFacts facts) {
    this.facts = facts;
  }

  /** The actors table, empty when it has fewer than three rows; adds the facts it shows. */
  List<ActorRow> of(Topic topic, Set<String> shown) {
    Map<String, List<Fact>> byActor = new LinkedHashMap<>();
    for (Fact fact : topic.facts()) {
      if (fact.kind() == FactKind.FACT) {
        fact.actors().forEach(a -> byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(fact));
      }
    }
    List<Map.Entry<String, List<Fact>>> ranked =
        byActor.entrySet().stream()
            .filter(e -> e.getValue().size() >= 2)
            .sorted(Comparator.comparing((Map.Entry<String, List<Fact>> e) -> -e.getValue().size()))
            .toList();
    if (ranked.size() < 3) {
      return List.of();
    }
    List<ActorRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<Fact>> e : ranked) {
      if (rows.size() == ACTORS) {
        break;
      }
      Optional<Fact> best =
          e.getValue().stream()
              .filter(f -> !shown.contains(f.id()))
              .min(
                  Comparator.comparing((Fact f) -> f.actors().size())
                      .thenComparing(f -> -facts.weight(f)));
      if (best.isPresent()) {
        shown.add(best.get().id());
        rows.add(new ActorRow(e.getKey(), e.getValue().size(), facts.cited(best.get())));
      }
    }
    return rows.size() >= 3 ? rows : List.of();
  }
}
