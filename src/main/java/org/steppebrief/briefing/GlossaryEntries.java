package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.steppebrief.briefing.BriefingView.GlossaryEntry;
import org.steppebrief.content.Term;
import org.steppebrief.content.Topic;

/**
 * The glossary: the terms whose definitions rest on the included topics' facts, or that the
 * included topics' summaries or facts use, in the glossary's order.
 */
final class GlossaryEntries {
  private final BriefingFacts facts;

  GlossaryEntries(BriefingFacts facts) {
    this.facts = facts;
  }

  List<GlossaryEntry> of(List<Topic> topics) {
    Set<String> included = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (Topic topic : topics) {
      topic.facts().forEach(f -> included.add(f.id()));
      text.append(topic.summary().plainText()).append('\n');
      topic.facts().forEach(f -> text.append(f.statement()).append('\n'));
    }
    String all = text.toString();
    List<GlossaryEntry> out = new ArrayList<>();
    for (Term term : facts.library.glossary()) {
      boolean used =
          term.factIds().stream().anyMatch(included::contains)
              || Pattern.compile(
                      "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.term()) + "(?![\\p{L}\\p{N}])")
                  .matcher(all)
                  .find();
      if (used) {
        out.add(
            new GlossaryEntry(
                term.term(),
                term.expansion().orElse(""),
                term.definition().strip().replaceAll("\\s+", " "),
                facts.cite(term.factIds())));
      }
    }
    return out;
  }
}
