package org.steppebrief.briefing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steppebrief.briefing.BriefingView.Cited;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Topic;

/**
 * Key facts: the topic's plain facts (kind {@code fact}; views appear only with their holders) that
 * the timeline and the actors table do not already show, the {@value #KEY_FACTS} that the most
 * questions test, in the topic's order.
 */
final class KeyFacts {
  static final int KEY_FACTS = 3;

  private final BriefingFacts facts;

  KeyFacts(BriefingFacts facts) {
    this.facts = facts;
  }

  List<Cited> of(Topic topic, Set<String> shown) {
    List<Fact> plain =
        topic.facts().stream()
            .filter(f -> f.kind() == FactKind.FACT && !shown.contains(f.id()))
            .toList();
    Set<Fact> best = new HashSet<>(facts.mostTested(plain, KEY_FACTS));
    return plain.stream().filter(best::contains).map(facts::cited).toList();
  }
}
