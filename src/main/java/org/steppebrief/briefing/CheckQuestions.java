package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.Level;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;

/**
 * Check-your-understanding questions: the first hand-written question of each level (recall,
 * understand, analyse) in the topic's order, topped up in that order to {@value
 * #QUESTIONS_PER_TOPIC}.
 */
final class CheckQuestions {
  static final int QUESTIONS_PER_TOPIC = 3;

  private CheckQuestions() {}

  static List<Question> of(Topic topic) {
    List<Question> chosen = new ArrayList<>();
    for (Level level : Level.values()) {
      topic.questions().stream()
          .filter(q -> q.info().level().orElse(null) == level)
          .findFirst()
          .ifPresent(chosen::add);
    }
    for (Question q : topic.questions()) {
      if (chosen.size() >= QUESTIONS_PER_TOPIC) {
        break;
      }
      if (!chosen.contains(q)) {
        chosen.add(q);
      }
    }
    return chosen.subList(0, Math.min(QUESTIONS_PER_TOPIC, chosen.size()));
  }
}
