package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;

/**
 * One "Put these in chronological order" question per topic with at least three distinct fact
 * years: three or four of its dated facts' statements, one per year, so no two items tie and the
 * order is never in doubt. Which year and which fact of a year are drawn from a {@link Random}
 * seeded with the topic id's hash; facts with the same statement are used once.
 */
final class ChronologyQuestions {
  /** A statement with its own year masked: an item that shows its year gives the order away. */
  static String withoutYear(Fact fact) {
    return fact.statement().replaceAll("\\b" + fact.year().orElseThrow() + "\\b", "[year]");
  }

  private static final int MIN_ITEMS = 3;
  private static final int MAX_ITEMS = 4;
  private static final int QUOTE_WORDS = 12;

  private ChronologyQuestions() {}

  static Optional<Question> about(Topic topic, Library library) {
    Map<Integer, List<Fact>> byYear = new TreeMap<>();
    Set<String> items = new HashSet<>();
    for (Fact fact : topic.facts()) {
      // Masked items must still differ, or two years would read the same.
      if (fact.year().isPresent() && items.add(AnswerFolding.fold(withoutYear(fact)))) {
        byYear.computeIfAbsent(fact.year().get(), y -> new ArrayList<>()).add(fact);
      }
    }
    if (byYear.size() < MIN_ITEMS) {
      return Optional.empty();
    }
    Random random = Shuffle.random(topic.id().hashCode());
    List<Integer> years =
        Shuffle.shuffled(List.copyOf(byYear.keySet()), random)
            .subList(0, Math.min(MAX_ITEMS, byYear.size()))
            .stream()
            .sorted()
            .toList();
    List<Fact> chosen = new ArrayList<>();
    for (int year : years) {
      List<Fact> candidates = byYear.get(year);
      chosen.add(candidates.get(random.nextInt(candidates.size())));
    }
    StringBuilder explanation = new StringBuilder("In order:");
    for (Fact fact : chosen) {
      explanation
          .append(' ')
          .append(fact.year().get())
          .append(": ")
          .append(QuestionGenerator.sentence(fact.statement()))
          .append(" (")
          .append(QuestionGenerator.sourceWords(fact, library, QUOTE_WORDS))
          .append(")");
    }
    return Optional.of(
        new Question.Ordering(
            QuestionGenerator.info(
                "order-" + topic.id(),
                topic.id(),
                "Put these in chronological order, earliest first.",
                chosen.stream().map(Fact::id).toList(),
                explanation.toString(),
                Level.UNDERSTAND,
                topic.origin()),
            chosen.stream().map(ChronologyQuestions::withoutYear).toList()));
  }
}
