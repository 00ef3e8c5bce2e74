package org.steppebrief.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner has to study now, a pure function of the deck, their chosen topics, their cards'
 * states and the time: due cards first, then new cards up to the day's limit.
 *
 * <ul>
 *   <li>due: a learning or relearning card whose time has come, and a review card due before the
 *       end of the learner's day; oldest first. Cards already started are due whatever the chosen
 *       topics (a quiz mistake can start one in any topic);
 *   <li>new: cards never studied, from the chosen topics only, taking one topic after another in
 *       turn (each in deck order), up to the daily limit less the new cards already started today;
 *   <li>later: when the next card not yet due will be.
 * </ul>
 *
 * @param due the cards due now, in the order to study them
 * @param fresh the new cards to introduce today, in order
 * @param nextDue when the earliest card that is not due yet will be, if any
 * @param newToday new cards already started today
 */
public record StudyQueue(
    List<StoredCard> due, List<Card> fresh, Optional<Long> nextDue, int newToday, int newPerDay) {

  public StudyQueue {
    due = List.copyOf(due);
    fresh = List.copyOf(fresh);
  }

  public static StudyQueue build(
      CardDeck deck,
      List<String> topics,
      Map<String, StoredCard> stored,
      long now,
      long endOfDay,
      int newToday,
      int newPerDay) {
    List<StoredCard> due = new ArrayList<>();
    Optional<Long> next = Optional.empty();
    for (StoredCard s : stored.values()) {
      CardState state = s.state();
      if (state.phase() == CardState.Phase.NEW || deck.card(s.cardId()).isEmpty()) {
        continue;
      }
      boolean isDue = state.phase().inSteps() ? state.due() <= now : state.due() < endOfDay;
      if (isDue) {
        due.add(s);
      } else if (next.isEmpty() || state.due() < next.get()) {
        next = Optional.of(state.due());
      }
    }
    due.sort(
        Comparator.comparingLong((StoredCard s) -> s.state().due())
            .thenComparing(StoredCard::cardId));
    int room = Math.max(0, newPerDay - newToday);
    List<Card> fresh = interleave(deck, topics, stored, room);
    return new StudyQueue(due, fresh, next, newToday, newPerDay);
  }

  /** The next card to show: the first due one, else the first new one. */
  public Optional<StoredCard> next() {
    if (!due.isEmpty()) {
      return Optional.of(due.get(0));
    }
    return fresh.stream().findFirst().map(StoredCard::fresh);
  }

  public boolean isEmpty() {
    return due.isEmpty() && fresh.isEmpty();
  }

  /** Due cards still in their learning or relearning steps. */
  public long learning() {
    return due.stream().filter(s -> s.state().phase().inSteps()).count();
  }

  /** Due cards that have graduated. */
  public long reviews() {
    return due.size() - learning();
  }

  private static List<Card> interleave(
      CardDeck deck, List<String> topics, Map<String, StoredCard> stored, int room) {
    List<Iterator<Card>> perTopic = new ArrayList<>();
    for (String topic : topics) {
      perTopic.add(
          deck.ofTopic(topic).stream()
              .filter(
                  c ->
                      !stored.containsKey(c.id())
                          || stored.get(c.id()).state().phase() == CardState.Phase.NEW)
              .iterator());
    }
    List<Card> out = new ArrayList<>();
    boolean more = true;
    while (out.size() < room && more) {
      more = false;
      for (Iterator<Card> it : perTopic) {
        if (out.size() < room && it.hasNext()) {
          out.add(it.next());
          more = true;
        }
      }
    }
    return out;
  }
}
