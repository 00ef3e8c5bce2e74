package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.steppebrief.content.Question;

/**
 * The order one attempt shows a question's choices, items or right sides in: random, but the same
 * every time the attempt is shown, because it is a function of a seed.
 */
public final class Shuffle {
  private Shuffle() {}

  /**
   * The seed for one question in one attempt, so two questions of an attempt (and one question in
   * two attempts) are shuffled independently. The mix is SplitMix64's finaliser, whose constants
   * are fixed: the seed does not change between runs or JVMs.
   */
  public static long seedFor(long attemptSeed, String questionId) {
    return mix(attemptSeed * 0x9E3779B97F4A7C15L + questionId.hashCode());
  }

  /**
   * A {@link Random} for a seed, with the seed mixed first: the first draws of {@code new
   * Random(seed)} for neighbouring seeds (attempt 1, 2, 3; the hash codes of ids that differ in
   * their last letter) are strongly correlated, so unmixed, 2,000 consecutive seeds show only 12 of
   * the 24 orders of four choices.
   */
  static Random random(long seed) {
    return new Random(mix(seed));
  }

  /** SplitMix64's finaliser: a fixed bijection that spreads neighbouring inputs apart. */
  private static long mix(long seed) {
    long z = seed;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A single- or multi-choice question's choices, shuffled. */
  public static List<String> choices(Question question, long seed) {
    return switch (question.type()) {
      case SINGLE_CHOICE -> shuffled(((Question.SingleChoice) question).choices(), random(seed));
      case MULTI_CHOICE -> shuffled(((Question.MultiChoice) question).choices(), random(seed));
      case TRUE_FALSE, ORDERING, MATCHING, SHORT_ANSWER, CLOZE ->
          throw new IllegalArgumentException(
              "only choice questions have choices, not " + question.type().key());
    };
  }

  /** An ordering question's items, shuffled and never in the correct order. */
  public static List<String> items(Question.Ordering question, long seed) {
    return notInOrder(question.items(), seed);
  }

  /**
   * A matching question's right sides, shuffled and never in the order of their left sides, which
   * would line every answer up with its question.
   */
  public static List<String> rights(Question.Matching question, long seed) {
    return notInOrder(question.pairs().stream().map(Question.Matching.Pair::right).toList(), seed);
  }

  /** Shuffled; if that gives back the original order, rotated by one so it differs. */
  private static List<String> notInOrder(List<String> correct, long seed) {
    List<String> out = new ArrayList<>(shuffled(correct, random(seed)));
    if (out.equals(correct) && out.size() >= 2) {
      Collections.rotate(out, 1);
    }
    return List.copyOf(out);
  }

  /**
   * Fisher-Yates with {@link Random#nextInt(int)}, whose results the Javadoc specifies, rather than
   * {@link Collections#shuffle}, whose algorithm it does not: a stored seed must give the same
   * order after a JDK upgrade.
   */
  static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> out = new ArrayList<>(list);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, random.nextInt(i + 1));
    }
    return List.copyOf(out);
  }
}
