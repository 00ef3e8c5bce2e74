package org.steppebrief.classes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Item analysis of one assignment, pure: from the items and each learner's marks (one counted
 * attempt per learner), per question the facility, the discrimination index and the choice counts,
 * and per fact and per source passage the share of wrong answers.
 *
 * <p>Definitions (after Moodle's quiz statistics, which count one graded attempt per learner):
 *
 * <ul>
 *   <li><b>facility</b>: the mean fraction of the question's marks over the learners who answered
 *       it; none when nobody did;
 *   <li><b>discrimination index</b>: the Pearson correlation between the mark on the question and
 *       the mark on the rest of the assignment (the learner's total minus this question, an
 *       unanswered question counting 0) over the learners who answered the question; given only
 *       when at least {@link #MIN_FOR_DISCRIMINATION} answered and undefined (none) when either
 *       mark does not vary, as when everyone got the question right;
 *   <li><b>wrong share</b> of a fact or passage: among the answers to questions citing it, the
 *       share not fully right; a question citing two facts of one passage counts once for it.
 * </ul>
 */
public final class ItemStatistics {
  /** Below this many answers a correlation says more about chance than about the question. */
  public static final int MIN_FOR_DISCRIMINATION = 5;

  private ItemStatistics() {}

  /** How many learners picked one choice. */
  public record ChoiceCount(String text, int count, boolean right) {}

  /** One question's statistics. */
  public record ItemStats(
      Item item,
      int answers,
      OptionalDouble facility,
      OptionalDouble discrimination,
      List<ChoiceCount> choices) {
    public ItemStats {
      choices = List.copyOf(choices);
    }

    /** Most missed first: lowest facility, then unanswered last, then assignment order. */
    static final Comparator<ItemStats> MOST_MISSED =
        Comparator.comparingDouble((ItemStats s) -> s.facility().orElse(2.0));
  }

  /** The analysis: items in assignment order, and the shares by fact and passage. */
  public record Analysis(
      List<ItemStats> items, Map<String, Share> byFact, Map<String, Share> byPassage) {
    public Analysis {
      items = List.copyOf(items);
      byFact = Map.copyOf(byFact);
      byPassage = Map.copyOf(byPassage);
    }

    /** The questions, most missed first (a stable sort: equal facilities keep their order). */
    public List<ItemStats> mostMissed() {
      List<ItemStats> sorted = new ArrayList<>(items);
      sorted.sort(ItemStats.MOST_MISSED);
      return sorted;
    }
  }

  /**
   * @param items the assignment's questions in order
   * @param marks per learner, their marks by question id (answered questions only)
   * @param passageOf the passage id a fact's quote stands in
   */
  public static Analysis analyse(
      List<Item> items, Map<String, Map<String, Mark>> marks, Function<String, String> passageOf) {
    Map<String, Double> totals = new HashMap<>();
    marks.forEach(
        (learner, byQuestion) -> {
          double total = 0;
          for (Item item : items) {
            Mark m = byQuestion.get(item.questionId());
            total += m == null ? 0 : m.score();
          }
          totals.put(learner, total);
        });
    List<ItemStats> stats = new ArrayList<>();
    Map<String, Share> byFact = new LinkedHashMap<>();
    Map<String, Share> byPassage = new LinkedHashMap<>();
    for (Item item : items) {
      List<double[]> pairs = new ArrayList<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      item.choices().forEach(c -> counts.put(c, 0));
      Set<String> passages = new LinkedHashSet<>();
      for (String fact : item.factIds()) {
        passages.add(passageOf.apply(fact));
      }
      marks.forEach(
          (learner, byQuestion) -> {
            Mark m = byQuestion.get(item.questionId());
            if (m == null) {
              return;
            }
            pairs.add(new double[] {m.score(), totals.get(learner) - m.score()});
            for (String chosen : m.chosen()) {
              counts.computeIfPresent(chosen, (k, n) -> n + 1);
            }
            for (String fact : item.factIds()) {
              byFact.merge(fact, Share.NONE.plus(!m.right()), ItemStatistics::add);
            }
            for (String passage : passages) {
              byPassage.merge(passage, Share.NONE.plus(!m.right()), ItemStatistics::add);
            }
          });
      List<ChoiceCount> choices = new ArrayList<>();
      counts.forEach(
          (text, n) -> choices.add(new ChoiceCount(text, n, item.right().contains(text))));
      stats.add(
          new ItemStats(
              item,
              pairs.size(),
              pairs.isEmpty()
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(pairs.stream().mapToDouble(p -> p[0]).average().orElse(0)),
              pairs.size() < MIN_FOR_DISCRIMINATION ? OptionalDouble.empty() : pearson(pairs),
              choices));
    }
    return new Analysis(stats, byFact, byPassage);
  }

  private static Share add(Share a, Share b) {
    return new Share(a.wrong() + b.wrong(), a.answers() + b.answers());
  }

  /** Pearson's r of the pairs; none when either side has no variance. */
  static OptionalDouble pearson(List<double[]> pairs) {
    int n = pairs.size();
    double mx = 0;
    double my = 0;
    for (double[] p : pairs) {
      mx += p[0];
      my += p[1];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      double dx = p[0] - mx;
      double dy = p[1] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    // Marks are multiples of small fractions: a variance this close to zero is zero.
    if (sxx < 1e-12 || syy < 1e-12) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }
}
