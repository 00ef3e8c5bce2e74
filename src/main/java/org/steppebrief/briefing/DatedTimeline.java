package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.steppebrief.briefing.BriefingView.Dated;
import org.steppebrief.briefing.BriefingView.Mark;
import org.steppebrief.briefing.BriefingView.Timeline;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Topic;

/**
 * A timeline when the topic's facts name at least two different years: the {@value
 * #TIMELINE_ENTRIES} dated facts that the most questions test (all when fewer), numbered in date
 * order (then topic order), and one mark per year.
 */
final class DatedTimeline {
  static final int TIMELINE_ENTRIES = 6;

  private final BriefingFacts facts;

  DatedTimeline(BriefingFacts facts) {
    this.facts = facts;
  }

  /** The timeline, or null when the topic's facts name fewer than two years. */
  Timeline of(Topic topic) {
    List<Fact> dated = facts(topic);
    TreeMap<Integer, List<Integer>> numbersByYear = new TreeMap<>();
    List<Dated> entries = new ArrayList<>();
    for (Fact fact : dated) {
      int year = fact.year().orElseThrow();
      int n = entries.size() + 1;
      entries.add(new Dated(n, year, fact.statement(), facts.citations.brief(fact)));
      numbersByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(n);
    }
    if (numbersByYear.size() < 2) {
      return null;
    }
    int first = numbersByYear.firstKey();
    int last = numbersByYear.lastKey();
    List<Mark> marks = new ArrayList<>();
    int index = 0;
    for (Map.Entry<Integer, List<Integer>> e : numbersByYear.entrySet()) {
      // 60 to 940 per mille leaves room for the first and last labels.
      int x = 60 + (int) Math.round(880.0 * (e.getKey() - first) / (last - first));
      // Facts are numbered in date order, so a year's numbers run on: "3" or "3–5".
      List<Integer> ns = e.getValue();
      String numbers =
          ns.size() == 1 ? ns.get(0).toString() : ns.get(0) + "–" + ns.get(ns.size() - 1);
      marks.add(new Mark(e.getKey(), x, numbers, index % 2 == 0));
      index++;
    }
    String alt =
        "Timeline from "
            + first
            + " to "
            + last
            + " marking "
            + String.join(", ", numbersByYear.keySet().stream().map(String::valueOf).toList())
            + "; the dated facts are listed below it.";
    return new Timeline(alt, marks, entries);
  }

  /** The dated facts the timeline shows, in date order. */
  List<Fact> facts(Topic topic) {
    List<Fact> allDated = topic.facts().stream().filter(f -> f.year().isPresent()).toList();
    Set<Fact> kept = new HashSet<>(facts.mostTested(allDated, TIMELINE_ENTRIES));
    return allDated.stream()
        .filter(kept::contains)
        .sorted(Comparator.comparing((Fact f) -> f.year().orElseThrow()))
        .toList();
  }
}
