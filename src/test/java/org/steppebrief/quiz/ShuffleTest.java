package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steppebrief.quiz.QuizFixtures.info;
import static org.steppebrief.quiz.QuizFixtures.matching;
import static org.steppebrief.quiz.QuizFixtures.multi;
import static org.steppebrief.quiz.QuizFixtures.ordering;
import static org.steppebrief.quiz.QuizFixtures.single;
import static org.steppebrief.quiz.QuizFixtures.trueFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Question;

class ShuffleTest {
  private final Question.SingleChoice four = single("b", "a", "b", "c", "d");

  @Test
  void sameSeedGivesTheSameOrder() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(Shuffle.choices(four, seed)).isEqualTo(Shuffle.choices(four, seed));
    }
  }

  @Test
  void choicesAreAPermutationAndEveryOrderOccurs() {
    Set<List<String>> seen = new HashSet<>();
    for (long seed = 0; seed < 2000; seed++) {
      List<String> order = Shuffle.choices(four, seed);
      assertThat(order).containsExactlyInAnyOrder("a", "b", "c", "d");
      seen.add(order);
    }
    assertThat(seen).hasSize(24);
  }

  @Test
  void multiChoiceChoicesAreShuffledToo() {
    Question.MultiChoice q = multi(List.of("a"), "a", "b", "c");
    assertThat(Shuffle.choices(q, 7)).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void orderIsPinnedSoAStoredSeedKeepsItsMeaning() {
    // Random(long), nextInt(int) and String.hashCode are specified by the JDK, so these values
    // stay put across versions; if this test fails, stored attempts would be reshuffled.
    assertThat(Shuffle.choices(four, 42)).containsExactly("d", "c", "a", "b");
    assertThat(Shuffle.seedFor(42, "q-1")).isEqualTo(-950829460045786313L);
  }

  @Test
  void onlyChoiceQuestionsHaveChoices() {
    assertThatThrownBy(() -> Shuffle.choices(trueFalse(true), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("true-false");
  }

  @Test
  void orderingItemsAreNeverShownInTheCorrectOrder() {
    Question.Ordering three = ordering("1994", "2002", "2006");
    Set<List<String>> seen = new HashSet<>();
    for (long seed = 0; seed < 2000; seed++) {
      List<String> shown = Shuffle.items(three, seed);
      assertThat(shown).containsExactlyInAnyOrder("1994", "2002", "2006");
      assertThat(shown).isNotEqualTo(three.items());
      seen.add(shown);
    }
    assertThat(seen).hasSize(5);
  }

  @Test
  void twoItemsAreAlwaysSwapped() {
    Question.Ordering two = new Question.Ordering(info("two"), List.of("first", "second"));
    for (long seed = 0; seed < 100; seed++) {
      assertThat(Shuffle.items(two, seed)).containsExactly("second", "first");
    }
  }

  @Test
  void oneItemIsShownAsItIs() {
    Question.Ordering one = new Question.Ordering(info("one"), List.of("only"));
    assertThat(Shuffle.items(one, 3)).containsExactly("only");
  }

  @Test
  void matchingRightSidesAreShuffledAndNeverLinedUpWithTheirLefts() {
    Question.Matching q = matching("PfP", "1994", "IPAP", "2006", "PARP", "2002");
    for (long seed = 0; seed < 500; seed++) {
      List<String> rights = Shuffle.rights(q, seed);
      assertThat(rights).containsExactlyInAnyOrder("1994", "2006", "2002");
      assertThat(rights).isNotEqualTo(List.of("1994", "2006", "2002"));
    }
  }

  @Test
  void seedForSeparatesQuestionsAndAttempts() {
    Set<Long> seeds = new HashSet<>();
    for (long attempt = 0; attempt < 100; attempt++) {
      for (int q = 0; q < 100; q++) {
        seeds.add(Shuffle.seedFor(attempt, "question-" + q));
      }
    }
    assertThat(seeds).hasSize(100 * 100);
  }

  @Test
  void neighbouringSeedsGiveUnrelatedOrders() {
    // A raw attempt seed + 1 would often give the same first draw from java.util.Random;
    // the mixed seeds should not.
    Set<List<String>> orders = new HashSet<>();
    for (long attempt = 0; attempt < 24; attempt++) {
      orders.add(Shuffle.choices(four, Shuffle.seedFor(attempt, "q")));
    }
    assertThat(orders.size()).isGreaterThan(8);
  }
}
