package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.steppebrief.briefing.BriefingView.Cited;
import org.steppebrief.briefing.BriefingView.Quadrant;
import org.steppebrief.briefing.BriefingView.Swot;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * A SWOT table when the topic's facts quote the items a source lists under the headings Strengths,
 * Weaknesses, Opportunities and (Challenges and) Threats: the quadrants take the source's own
 * headings and the items its own words.
 */
final class SwotTable {
  private static final Pattern SWOT_HEADING =
      Pattern.compile(
          "(?i)^(strengths|weaknesses|opportunities|(?:[\\p{L} ]+ and )?threats)\\s*:?$");

  private final BriefingFacts facts;

  SwotTable(BriefingFacts facts) {
    this.facts = facts;
  }

  /** The table, or null when the topic's facts do not quote all four quadrants. */
  Swot of(Topic topic) {
    Library library = facts.library;
    Map<Integer, String> headings = new TreeMap<>();
    Map<Integer, List<Cited>> items = new TreeMap<>();
    Set<String> holders = new LinkedHashSet<>();
    for (Fact fact : topic.facts()) {
      Passage passage = library.passageOf(fact);
      if (passage.kind() != Passage.Kind.ITEM) {
        continue;
      }
      Optional<Passage> heading = headingOver(passage);
      if (heading.isEmpty()) {
        continue;
      }
      String text = heading.get().text().strip();
      if (!SWOT_HEADING.matcher(text).matches()) {
        continue;
      }
      int quadrant = quadrant(text);
      headings.put(quadrant, text.replaceAll("\\s*:$", ""));
      items
          .computeIfAbsent(quadrant, q -> new ArrayList<>())
          .add(new Cited(library.evidence(fact).words(), facts.citations.brief(fact)));
      fact.saidBy().ifPresent(holders::add);
    }
    if (headings.size() < 4) {
      return null;
    }
    List<Quadrant> quadrants = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      quadrants.add(new Quadrant(headings.get(q), items.get(q)));
    }
    String caption =
        holders.size() == 1
            ? "The SWOT analysis as " + holders.iterator().next() + " set it out, in their words"
            : "The SWOT analysis as the source sets it out, in its words";
    return new Swot(caption, quadrants);
  }

  private static int quadrant(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.startsWith("strength")) {
      return 0;
    }
    if (h.startsWith("weakness")) {
      return 1;
    }
    if (h.startsWith("opportunit")) {
      return 2;
    }
    return 3;
  }

  /** The heading an item is listed under: the nearest heading before it with only items between. */
  private Optional<Passage> headingOver(Passage item) {
    Source source = facts.library.source(item.sourceId()).orElseThrow();
    List<Passage> passages = source.passages();
    int at = passages.indexOf(item);
    for (int i = at - 1; i >= 0; i--) {
      Passage p = passages.get(i);
      if (p.kind() == Passage.Kind.HEADING) {
        return Optional.of(p);
      }
      if (p.kind() != Passage.Kind.ITEM && p.kind() != Passage.Kind.NOTE) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
