package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steppebrief.briefing.BriefingView.Cited;
import org.steppebrief.briefing.BriefingView.CitedSentence;
import org.steppebrief.content.CitedText;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * What the briefing's rules share: the library, its citations and how many hand-written questions
 * test each fact, worked out once per briefing.
 */
final class BriefingFacts {
  final Library library;
  final Citations citations;
  private final Map<String, Fact> facts;
  private final Map<String, Integer> questionsPerFact = new HashMap<>();

  BriefingFacts(Library library) {
    this.library = library;
    this.citations = new Citations(library);
    this.facts = library.factsById();
    for (Question q : library.questions()) {
      for (String id : q.info().factIds()) {
        questionsPerFact.merge(id, 1, Integer::sum);
      }
    }
  }

  CitedSentence sentence(CitedText.Sentence sentence) {
    List<Fact> cited = sentence.factIds().stream().map(this::fact).toList();
    return new CitedSentence(sentence.text(), citations.notes(cited), citations.brief(cited));
  }

  Fact fact(String id) {
    Fact fact = facts.get(id);
    if (fact == null) {
      throw new IllegalStateException("validated content cites an unknown fact: " + id);
    }
    return fact;
  }

  String cite(List<String> factIds) {
    return citations.brief(factIds.stream().map(this::fact).toList());
  }

  Cited cited(Fact fact) {
    return new Cited(fact.statement(), citations.brief(fact));
  }

  /** How many hand-written questions test a fact: the measure of what matters most. */
  int weight(Fact fact) {
    return questionsPerFact.getOrDefault(fact.id(), 0);
  }

  /** The {@code limit} candidates the most questions test, most first (ties in their order). */
  List<Fact> mostTested(List<Fact> candidates, int limit) {
    List<Fact> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing((Fact f) -> -weight(f)));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }
}
