package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyQueueTest {
  private static final long MIN = 60_000;
  private static final long HOUR = 60 * MIN;
  private static final long DAY = 24 * HOUR;
  private static final long NOW = 1_700_000_000_000L;
  private static final long END_OF_DAY = NOW + 5 * HOUR;

  @TempDir Path dir;
  private CardDeck deck;
  private final Map<String, StoredCard> stored = new LinkedHashMap<>();

  @BeforeEach
  void deck() {
    deck = CardDeck.of(StudyFixtures.library(dir));
  }

  private void put(String cardId, CardState.Phase phase, long due) {
    String topic = deck.card(cardId).orElseThrow().topicId();
    stored.put(
        cardId,
        new StoredCard(cardId, topic, new CardState(phase, 0, 3, 5, due, NOW - DAY, 1, 0), 1));
  }

  @Test
  void dueCardsComeFirstOldestFirstThenNewCardsUpToTheDailyLimit() {
    put("fact:good-began-1994", CardState.Phase.REVIEW, NOW - DAY);
    put("cloze-year:good-began-1994", CardState.Phase.REVIEW, NOW + 2 * HOUR);
    put("fact:good-bridge", CardState.Phase.LEARNING, NOW + 5 * MIN);
    put("question:good-q-year", CardState.Phase.REVIEW, END_OF_DAY + HOUR);
    put("fact:mic-fact", CardState.Phase.RELEARNING, NOW - MIN);

    StudyQueue queue = StudyQueue.build(deck, List.of("good"), stored, NOW, END_OF_DAY, 0, 3);

    // A review due later today is due now; a learning card waits for its minute; a card started in
    // a topic not chosen (by a quiz mistake) is due all the same.
    assertThat(queue.due().stream().map(StoredCard::cardId))
        .containsExactly("fact:good-began-1994", "fact:mic-fact", "cloze-year:good-began-1994");
    assertThat(queue.learning()).isEqualTo(1);
    assertThat(queue.reviews()).isEqualTo(2);
    assertThat(queue.fresh().stream().map(Card::id))
        .containsExactly(
            "cloze-holder:good-bridge", "question:good-q-order", "question:good-q-match");
    assertThat(queue.nextDue()).contains(NOW + 5 * MIN);
    assertThat(queue.next().orElseThrow().cardId()).isEqualTo("fact:good-began-1994");
  }

  @Test
  void newCardsAlreadyStartedTodayCountAgainstTheLimit() {
    StudyQueue queue = StudyQueue.build(deck, List.of("good"), stored, NOW, END_OF_DAY, 19, 20);
    assertThat(queue.fresh()).extracting(Card::id).containsExactly("fact:good-began-1994");
    assertThat(StudyQueue.build(deck, List.of("good"), stored, NOW, END_OF_DAY, 25, 20).fresh())
        .isEmpty();
  }

  @Test
  void newCardsTakeTheChosenTopicsInTurn() {
    StudyQueue queue =
        StudyQueue.build(
            deck, List.of("good", "markup-in-content"), stored, NOW, END_OF_DAY, 0, 20);
    assertThat(queue.fresh().stream().map(Card::id).limit(4))
        .containsExactly(
            "fact:good-began-1994", "fact:mic-fact", "fact:good-bridge", "question:mic-question");
    assertThat(queue.fresh()).hasSize(deck.cards().size());
    assertThat(queue.next().orElseThrow().version()).isZero();
  }

  @Test
  void noTopicsAndNothingDueIsAnEmptyQueue() {
    put("fact:good-bridge", CardState.Phase.REVIEW, END_OF_DAY + DAY);
    StudyQueue queue = StudyQueue.build(deck, List.of(), stored, NOW, END_OF_DAY, 0, 20);
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.next()).isEmpty();
    assertThat(queue.nextDue()).contains(END_OF_DAY + DAY);
  }

  @Test
  void cardsNoLongerInTheContentAreLeftOut() {
    stored.put(
        "fact:gone",
        new StoredCard(
            "fact:gone",
            "good",
            new CardState(CardState.Phase.REVIEW, 0, 3, 5, NOW - DAY, 0, 1, 0),
            1));
    assertThat(StudyQueue.build(deck, List.of(), stored, NOW, END_OF_DAY, 0, 20).due()).isEmpty();
  }
}
