package org.steppebrief.quiz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;

/**
 * Draws the questions of one quiz from a bank: random but reproducible from a seed, spread evenly
 * over the chosen topics, and without two questions that ask the same thing of the same fact.
 */
public final class QuizDraw {
  private QuizDraw() {}

  /**
   * What a learner asked for.
   *
   * @param topicIds the topics to draw from; empty means all
   * @param types the question types to draw; empty means all
   * @param count how many questions to draw at most
   * @param includeGenerated whether questions made by {@link QuestionGenerator} may be drawn
   */
  public record QuizRequest(
      Set<String> topicIds, Set<QuestionType> types, int count, boolean includeGenerated) {
    public QuizRequest {
      topicIds = Set.copyOf(topicIds);
      types = Set.copyOf(types);
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative, not " + count);
      }
    }
  }

  /**
   * Picks {@code request.count()} questions, or every one that can be drawn if fewer qualify.
   *
   * <ol>
   *   <li>A question qualifies if its topic and type are asked for and it is hand-written or
   *       generated questions are included; a repeated id counts once.
   *   <li>At most one question is drawn per (type, first fact) pair. Hand-written questions win: a
   *       generated question whose pair a qualifying hand-written one has is never drawn.
   *   <li>Topics take turns in an order shuffled by the seed, each giving its next question in an
   *       order shuffled by the seed, so topic counts differ by at most one until a topic runs out.
   *       The drawn questions are then shuffled once more for presentation.
   * </ol>
   *
   * <p>The result depends only on the bank's questions (not their order, as long as ids are unique,
   * which the loader and the generator guarantee), the request and the seed.
   */
  public static List<Question> draw(List<Question> bank, QuizRequest request, long seed) {
    Map<String, Question> byId = new LinkedHashMap<>();
    for (Question q : bank) {
      if (qualifies(q, request)) {
        byId.putIfAbsent(q.id(), q);
      }
    }
    Set<PairKey> handWritten = new HashSet<>();
    byId.values().stream()
        .filter(q -> !QuestionGenerator.isGenerated(q))
        .forEach(q -> key(q).ifPresent(handWritten::add));

    // Sorting before shuffling makes the draw independent of the bank's order.
    Map<String, List<Question>> byTopic = new TreeMap<>();
    byId.values().stream()
        .filter(
            q ->
                !(QuestionGenerator.isGenerated(q)
                    && key(q).filter(handWritten::contains).isPresent()))
        .sorted(Comparator.comparing(Question::id))
        .forEach(q -> byTopic.computeIfAbsent(q.info().topicId(), t -> new ArrayList<>()).add(q));

    Random random = Shuffle.random(seed);
    List<String> topicOrder = Shuffle.shuffled(List.copyOf(byTopic.keySet()), random);
    List<Deque<Question>> queues = new ArrayList<>();
    for (String topic : topicOrder) {
      queues.add(new ArrayDeque<>(Shuffle.shuffled(byTopic.get(topic), random)));
    }

    List<Question> drawn = new ArrayList<>();
    Set<PairKey> used = new HashSet<>();
    boolean progress = true;
    while (drawn.size() < request.count() && progress) {
      progress = false;
      for (Deque<Question> queue : queues) {
        if (drawn.size() >= request.count()) {
          break;
        }
        Optional<Question> next = nextUnused(queue, used);
        if (next.isPresent()) {
          drawn.add(next.get());
          key(next.get()).ifPresent(used::add);
          progress = true;
        }
      }
    }
    return Shuffle.shuffled(drawn, random);
  }

  private static boolean qualifies(Question q, QuizRequest request) {
    return (request.topicIds().isEmpty() || request.topicIds().contains(q.info().topicId()))
        && (request.types().isEmpty() || request.types().contains(q.type()))
        && (request.includeGenerated() || !QuestionGenerator.isGenerated(q));
  }

  /** The queue's next question whose pair is not drawn yet; the ones passed over are dropped. */
  private static Optional<Question> nextUnused(Deque<Question> queue, Set<PairKey> used) {
    while (!queue.isEmpty()) {
      Question q = queue.poll();
      if (key(q).filter(used::contains).isEmpty()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** A question's (type, first fact) pair; validated questions always cite a fact. */
  private static Optional<PairKey> key(Question q) {
    List<String> facts = q.info().factIds();
    return facts.isEmpty() ? Optional.empty() : Optional.of(new PairKey(q.type(), facts.get(0)));
  }

  /** A question type and the first fact a question rests on. */
  private record PairKey(QuestionType type, String factId) {}
}
