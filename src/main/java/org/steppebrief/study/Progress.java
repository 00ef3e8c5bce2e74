package org.steppebrief.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A learner's progress, a pure function of their cards, reviews and the time: what is due in the
 * coming days, what they reviewed in the last ones, how often they recalled, and how much of each
 * topic they know.
 *
 * @param dueByDay cards due today (overdue ones included) and on each of the next 7 days
 * @param reviewsByDay reviews on each of the last 30 days, oldest first, today last
 * @param reviews reviews in those 30 days
 * @param recalled of those, the ones not rated Again
 * @param topics per topic, in the order given
 */
public record Progress(
    List<Day> dueByDay,
    List<Day> reviewsByDay,
    int reviews,
    int recalled,
    List<TopicMastery> topics) {

  public static final int DAYS_AHEAD = 7;
  public static final int DAYS_BACK = 30;

  /** A review card whose stability is at least this many days is mature (Anki's threshold). */
  public static final double MATURE_DAYS = 21;

  public Progress {
    dueByDay = List.copyOf(dueByDay);
    reviewsByDay = List.copyOf(reviewsByDay);
    topics = List.copyOf(topics);
  }

  /** A count on one day. */
  public record Day(LocalDate date, int count) {}

  /**
   * How far a learner is with one topic's cards.
   *
   * @param mastery the mean probability of recalling each of the topic's cards now, as FSRS
   *     estimates it from the card's stability and the time since its last review; a card never
   *     studied counts 0
   */
  public record TopicMastery(
      String topicId, int cards, int fresh, int learning, int young, int mature, double mastery) {}

  /** The share of reviews not rated Again in the last 30 days; empty without reviews. */
  public OptionalDouble retention() {
    return reviews == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) recalled / reviews);
  }

  /** Reviews in the last 30 days; the history may hold older ones, which are left out. */
  public static Progress of(
      CardDeck deck,
      List<String> topicIds,
      Map<String, StoredCard> stored,
      List<ReviewRecord> history,
      long now,
      ZoneId zone) {
    LocalDate today = date(now, zone);
    int[] due = new int[DAYS_AHEAD + 1];
    for (StoredCard s : stored.values()) {
      if (s.state().phase() == CardState.Phase.NEW || deck.card(s.cardId()).isEmpty()) {
        continue;
      }
      LocalDate day = date(s.state().due(), zone);
      long ahead = Math.max(0, today.until(day, java.time.temporal.ChronoUnit.DAYS));
      if (ahead <= DAYS_AHEAD) {
        due[(int) ahead]++;
      }
    }
    List<Day> dueByDay = new ArrayList<>();
    for (int i = 0; i <= DAYS_AHEAD; i++) {
      dueByDay.add(new Day(today.plusDays(i), due[i]));
    }

    int[] done = new int[DAYS_BACK];
    int reviews = 0;
    int recalled = 0;
    LocalDate first = today.minusDays(DAYS_BACK - 1);
    for (ReviewRecord r : history) {
      long back = first.until(date(r.reviewedAt(), zone), java.time.temporal.ChronoUnit.DAYS);
      if (back < 0 || back >= DAYS_BACK) {
        continue;
      }
      done[(int) back]++;
      reviews++;
      if (r.rating() != Rating.AGAIN) {
        recalled++;
      }
    }
    List<Day> reviewsByDay = new ArrayList<>();
    for (int i = 0; i < DAYS_BACK; i++) {
      reviewsByDay.add(new Day(first.plusDays(i), done[i]));
    }

    List<TopicMastery> topics = new ArrayList<>();
    for (String topic : topicIds) {
      int cards = 0;
      int learning = 0;
      int young = 0;
      int mature = 0;
      double recall = 0;
      for (Card card : deck.ofTopic(topic)) {
        cards++;
        StoredCard s = stored.get(card.id());
        if (s == null || s.state().phase() == CardState.Phase.NEW) {
          continue;
        }
        CardState state = s.state();
        if (state.phase().inSteps()) {
          learning++;
        } else if (state.stability() >= MATURE_DAYS) {
          mature++;
        } else {
          young++;
        }
        if (state.hasMemory()) {
          double days = Math.max(0, now - state.lastReview()) / (double) Scheduler.DAY_MS;
          recall += Fsrs5.retrievability(days, state.stability());
        }
      }
      topics.add(
          new TopicMastery(
              topic,
              cards,
              cards - learning - young - mature,
              learning,
              young,
              mature,
              cards == 0 ? 0 : recall / cards));
    }
    return new Progress(dueByDay, reviewsByDay, reviews, recalled, topics);
  }

  private static LocalDate date(long epochMs, ZoneId zone) {
    return Instant.ofEpochMilli(epochMs).atZone(zone).toLocalDate();
  }
}
