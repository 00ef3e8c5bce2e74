package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.briefing.BriefingView.CitedSentence;
import org.steppebrief.content.CitedText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Term;
import org.steppebrief.content.Topic;

/**
 * The bottom line up front, three to five sentences: the opening sentence of up to five topic
 * summaries, from the topics whose facts the rest of the content leans on most (facts cited by
 * other topics' questions and by glossary terms), most first. With fewer than three such topics,
 * their next sentences follow until there are three.
 */
final class BottomLine {
  static final int BLUF_MIN = 3;
  static final int BLUF_MAX = 5;

  private final BriefingFacts facts;

  BottomLine(BriefingFacts facts) {
    this.facts = facts;
  }

  List<CitedSentence> of(List<Topic> topics) {
    Library library = facts.library;
    Map<String, String> topicOfFact = new HashMap<>();
    for (Topic topic : library.topics()) {
      topic.facts().forEach(f -> topicOfFact.put(f.id(), topic.id()));
    }
    Map<String, Integer> leanedOn = new HashMap<>();
    for (Question q : library.questions()) {
      for (String id : q.info().factIds()) {
        String owner = topicOfFact.get(id);
        if (owner != null && !owner.equals(q.info().topicId())) {
          leanedOn.merge(owner, 1, Integer::sum);
        }
      }
    }
    for (Term term : library.glossary()) {
      for (String id : term.factIds()) {
        Optional.ofNullable(topicOfFact.get(id)).ifPresent(t -> leanedOn.merge(t, 1, Integer::sum));
      }
    }
    List<Topic> ranked = new ArrayList<>(topics);
    ranked.sort(Comparator.comparing((Topic t) -> -leanedOn.getOrDefault(t.id(), 0)));
    List<Topic> chosen = ranked.subList(0, Math.min(BLUF_MAX, ranked.size()));
    List<CitedSentence> out = new ArrayList<>();
    for (int index = 0; out.size() < BLUF_MIN || index == 0; index++) {
      boolean any = false;
      for (Topic topic : chosen) {
        List<CitedText.Sentence> sentences = topic.summary().sentences();
        if (index < sentences.size() && (index == 0 || out.size() < BLUF_MIN)) {
          out.add(facts.sentence(sentences.get(index)));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }
}
