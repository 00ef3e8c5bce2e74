package org.steppebrief.study;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;

/**
 * Self-study for a learner: the deck of the library in service, the FSRS-5 {@link Scheduler} and
 * the {@link StudyStore}. The caller passes the time in; days start at midnight in the configured
 * zone (for the daily new-card limit and the progress charts).
 */
public final class StudyService {
  private static final Logger LOG = LoggerFactory.getLogger(StudyService.class);

  /** Anki's default daily limit of new cards. */
  public static final int DEFAULT_NEW_PER_DAY = 20;

  private final StudyStore store;
  private final Supplier<Library> library;
  private final Scheduler scheduler;
  private final ZoneId zone;
  private final int newPerDay;

  public StudyService(
      StudyStore store,
      Supplier<Library> library,
      Scheduler scheduler,
      ZoneId zone,
      int newPerDay) {
    this.store = store;
    this.library = library;
    this.scheduler = scheduler;
    this.zone = zone;
    this.newPerDay = newPerDay;
  }

  /** How a rating went. */
  public enum Outcome {
    /** The review counted and the card is rescheduled. */
    COUNTED,
    /** The card changed since it was shown (rated in another tab): this rating did not count. */
    ALREADY_RATED
  }

  /** A card as shown to a learner, with the state and version it is shown with. */
  public record Shown(Card card, StoredCard stored) {}

  /** The deck of the library in service (kept with that library, so new content has its own). */
  public CardDeck deck() {
    return CardDeck.of(library.get());
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The daily limit of new cards. */
  public int newPerDay() {
    return newPerDay;
  }

  /** Every card the learner has started, by id. */
  public Map<String, StoredCard> startedCards(String learnerId) {
    return store.cards(learnerId);
  }

  /** How many reviews the learner has done since midnight. */
  public int reviewedToday(String learnerId, long now) {
    return store.reviews(learnerId, startOfDay(now)).size();
  }

  /** The learner's chosen topics that the library has, in library order. */
  public List<String> chosenTopics(String learnerId) {
    Set<String> chosen = store.topics(learnerId);
    return library.get().topics().stream().map(Topic::id).filter(chosen::contains).toList();
  }

  /** Replaces the learner's chosen topics with those of {@code topicIds} the library has. */
  public void chooseTopics(String learnerId, Collection<String> topicIds, long now) {
    store.chooseTopics(
        learnerId,
        library.get().topics().stream().map(Topic::id).filter(topicIds::contains).toList(),
        now);
  }

  /** What the learner has to study at {@code now}. */
  public StudyQueue queue(String learnerId, long now) {
    return StudyQueue.build(
        deck(),
        chosenTopics(learnerId),
        store.cards(learnerId),
        now,
        endOfDay(now),
        store.newCardsStartedSince(learnerId, startOfDay(now)),
        newPerDay);
  }

  /** A card of the deck with the learner's state of it (new if never studied). */
  public Optional<Shown> show(String learnerId, String cardId) {
    return deck()
        .card(cardId)
        .map(
            card ->
                new Shown(
                    card, store.card(learnerId, cardId).orElseGet(() -> StoredCard.fresh(card))));
  }

  /**
   * Rates a card that was shown at state version {@code shownVersion}. Empty if the deck has no
   * such card; {@link Outcome#ALREADY_RATED} if its state is no longer that version.
   */
  public Optional<Outcome> rate(
      String learnerId, String cardId, int shownVersion, Rating rating, long now) {
    Optional<Shown> shown = show(learnerId, cardId);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    StoredCard stored = shown.get().stored();
    if (stored.version() != shownVersion) {
      return Optional.of(Outcome.ALREADY_RATED);
    }
    Scheduler.Review review = scheduler.rate(stored.state(), rating, now);
    return Optional.of(
        store.recordReview(learnerId, stored, review) ? Outcome.COUNTED : Outcome.ALREADY_RATED);
  }

  /**
   * A quiz answer: when it scored below 1, the cards of the facts the question cites become due
   * within 10 minutes ({@link Scheduler#missedInQuiz}). A failure here is logged, never thrown: the
   * answer itself is already stored.
   */
  public void quizAnswered(String learnerId, List<String> factIds, double score, long now) {
    if (score >= 1.0) {
      return;
    }
    try {
      CardDeck cards = deck();
      for (String factId : factIds) {
        Optional<Card> card = cards.card(CardDeck.factCardId(factId));
        if (card.isPresent()) {
          bringForward(learnerId, card.get(), now);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("could not bring forward the study cards of a missed quiz question", e);
    }
  }

  /**
   * An instructor's re-teach: the cards of these facts become due at {@code now} for the learner
   * (new cards start learning; others keep their memory state). Returns how many facts had a card.
   */
  public int dueNow(String learnerId, java.util.Collection<String> factIds, long now) {
    CardDeck cards = deck();
    int due = 0;
    for (String factId : new java.util.LinkedHashSet<>(factIds)) {
      Optional<Card> card = cards.card(CardDeck.factCardId(factId));
      if (card.isPresent()
          && store.change(
              learnerId, StoredCard.fresh(card.get()), state -> scheduler.dueAt(state, now))) {
        due++;
      }
    }
    return due;
  }

  private void bringForward(String learnerId, Card card, long now) {
    // On PostgreSQL another node may write the card between the read and the write: try again.
    for (int attempt = 0; attempt < 3; attempt++) {
      if (store.change(
          learnerId, StoredCard.fresh(card), state -> scheduler.missedInQuiz(state, now))) {
        return;
      }
    }
  }

  /** The learner's progress at {@code now}. */
  public Progress progress(String learnerId, long now) {
    long since =
        Instant.ofEpochMilli(startOfDay(now))
            .atZone(zone)
            .minusDays(Progress.DAYS_BACK - 1L)
            .toInstant()
            .toEpochMilli();
    return Progress.of(
        deck(),
        library.get().topics().stream().map(Topic::id).toList(),
        store.cards(learnerId),
        store.reviews(learnerId, since),
        now,
        zone);
  }

  /** Midnight before {@code now} in the configured zone. */
  public long startOfDay(long now) {
    return Instant.ofEpochMilli(now)
        .atZone(zone)
        .toLocalDate()
        .atStartOfDay(zone)
        .toInstant()
        .toEpochMilli();
  }

  /** Midnight after {@code now} in the configured zone. */
  public long endOfDay(long now) {
    return Instant.ofEpochMilli(now)
        .atZone(zone)
        .toLocalDate()
        .plusDays(1)
        .atStartOfDay(zone)
        .toInstant()
        .toEpochMilli();
  }
}
