package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  private static final long DAY = 86_400_000;
  private static final long NOW = Instant.parse("2026-03-10T12:00:00Z").toEpochMilli();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @TempDir Path dir;

  private static StoredCard card(String id, CardState.Phase phase, double s, long last, long due) {
    return new StoredCard(
        id,
        id.contains("mic") ? "markup-in-content" : "good",
        new CardState(phase, 0, s, 5, due, last, 1, 0),
        1);
  }

  private static ReviewRecord review(String cardId, Rating rating, long at) {
    return new ReviewRecord(
        cardId, "good", 0, rating, at, CardState.Phase.REVIEW, 1, 0.9, 3, 5, at + DAY);
  }

  @Test
  void countsDueCardsPerDayForAWeekReviewsPerDayForAMonthRetentionAndMastery() {
    CardDeck deck = CardDeck.of(StudyFixtures.library(dir));
    Map<String, StoredCard> cards = new LinkedHashMap<>();
    // Overdue counts today; 8 days ahead is beyond the chart.
    cards.put(
        "fact:good-began-1994",
        card("fact:good-began-1994", CardState.Phase.REVIEW, 30, NOW - 30 * DAY, NOW - DAY));
    cards.put(
        "fact:good-bridge",
        card("fact:good-bridge", CardState.Phase.LEARNING, 3.173, NOW, NOW + 600_000));
    cards.put(
        "cloze-year:good-began-1994",
        card("cloze-year:good-began-1994", CardState.Phase.REVIEW, 4, NOW - 4 * DAY, NOW + DAY));
    cards.put(
        "question:good-q-year",
        card("question:good-q-year", CardState.Phase.REVIEW, 10, NOW, NOW + 7 * DAY));
    cards.put(
        "question:good-q-tf",
        card("question:good-q-tf", CardState.Phase.REVIEW, 10, NOW, NOW + 8 * DAY));
    List<ReviewRecord> history = new ArrayList<>();
    history.add(review("fact:good-bridge", Rating.GOOD, NOW - 30 * DAY));
    history.add(review("fact:good-bridge", Rating.AGAIN, NOW - 29 * DAY));
    history.add(review("fact:good-bridge", Rating.HARD, NOW - 1000));
    history.add(review("fact:good-began-1994", Rating.EASY, NOW - 2000));

    Progress p =
        Progress.of(
            deck, List.of("good", "markup-in-content"), cards, history, NOW, ZoneOffset.UTC);

    assertThat(p.dueByDay()).hasSize(8);
    assertThat(p.dueByDay().get(0)).isEqualTo(new Progress.Day(TODAY, 2));
    assertThat(p.dueByDay().get(1)).isEqualTo(new Progress.Day(TODAY.plusDays(1), 1));
    assertThat(p.dueByDay().get(7)).isEqualTo(new Progress.Day(TODAY.plusDays(7), 1));
    assertThat(p.dueByDay().stream().mapToInt(Progress.Day::count).sum()).isEqualTo(4);

    assertThat(p.reviewsByDay()).hasSize(30);
    assertThat(p.reviewsByDay().get(0)).isEqualTo(new Progress.Day(TODAY.minusDays(29), 1));
    assertThat(p.reviewsByDay().get(29)).isEqualTo(new Progress.Day(TODAY, 2));
    // 3 reviews in the 30 days, one of them Again: retention 2/3.
    assertThat(p.reviews()).isEqualTo(3);
    assertThat(p.retention().orElseThrow()).isCloseTo(2.0 / 3, within(1e-9));

    // "good" has 11 cards: R(30, 30) = 0.9, R(0, 3.173) = 1, R(4, 4) = 0.9, R(0, 10) = 1 twice;
    // the other 6 count 0: (0.9 + 1 + 0.9 + 1 + 1)/11 = 4.8/11 = 0.436364.
    Progress.TopicMastery good = p.topics().get(0);
    assertThat(good.cards()).isEqualTo(11);
    assertThat(good.mature()).isEqualTo(1);
    assertThat(good.young()).isEqualTo(3);
    assertThat(good.learning()).isEqualTo(1);
    assertThat(good.fresh()).isEqualTo(6);
    assertThat(good.mastery()).isCloseTo(4.8 / 11, within(1e-9));
    assertThat(p.topics().get(1).mastery()).isZero();
  }

  @Test
  void noReviewsMeansNoRetention() {
    Progress p =
        Progress.of(
            CardDeck.of(StudyFixtures.library(dir)),
            List.of("good"),
            Map.of(),
            List.of(),
            NOW,
            ZoneOffset.UTC);
    assertThat(p.retention()).isEmpty();
    assertThat(p.topics().get(0).fresh()).isEqualTo(11);
  }
}
