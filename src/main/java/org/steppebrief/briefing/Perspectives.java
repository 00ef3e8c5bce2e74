package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.briefing.BriefingView.Perspective;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Topic;

/**
 * Perspectives: when at least two holders have views in the topic, each holder's most tested view
 * in its own words (the verbatim quote), up to {@value #PERSPECTIVES} holders in the order they
 * first appear.
 */
final class Perspectives {
  static final int PERSPECTIVES = 4;

  private final BriefingFacts facts;

  Perspectives(BriefingFacts facts) {
    this.facts = facts;
  }

  List<Perspective> of(Topic topic) {
    Map<String, List<Fact>> byHolder = new LinkedHashMap<>();
    for (Fact fact : topic.facts()) {
      if (fact.kind().needsHolder() && fact.saidBy().isPresent()) {
        byHolder.computeIfAbsent(fact.saidBy().get(), k -> new ArrayList<>()).add(fact);
      }
    }
    if (byHolder.size() < 2) {
      return List.of();
    }
    List<Perspective> out = new ArrayList<>();
    for (Map.Entry<String, List<Fact>> e : byHolder.entrySet()) {
      if (out.size() == PERSPECTIVES) {
        break;
      }
      Fact view = facts.mostTested(e.getValue(), 1).get(0);
      out.add(
          new Perspective(
              e.getKey(),
              view.kind().key(),
              facts.library.evidence(view).words(),
              facts.citations.brief(view)));
    }
    return out;
  }
}
