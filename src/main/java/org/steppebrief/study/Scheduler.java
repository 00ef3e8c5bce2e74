package org.steppebrief.study;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Decides when a card comes back: FSRS-5 ({@link Fsrs5}) for the memory state and the interval of
 * graduated cards, and Anki-style learning steps for new and lapsed cards. A pure function of the
 * card's state, the rating and the time, which the caller passes in; nothing here reads a clock.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>every rating updates the memory state: the first with S0 and D0, later ones with the
 *       short-term formula when the last rating was less than a whole day (24 hours) ago, else with
 *       the recall or forgetting formula at R(t, S) for t whole days;
 *   <li>a new or learning card walks the learning steps (1 and 10 minutes by default), a lapsed
 *       card the relearning steps (10 minutes): Again goes back to the first step; Hard repeats the
 *       step (on the first step of two or more, it waits the mean of the first two: 5.5 minutes);
 *       Good moves to the next step, or graduates after the last; Easy graduates at once;
 *   <li>a graduated (review) card rated Hard, Good or Easy is due again after the FSRS-5 interval
 *       of its new stability; rated Again, it lapses into the relearning steps;
 *   <li>a card that graduates is due after the interval of its new stability.
 * </ul>
 *
 * There is no fuzz: the same history always gives the same schedule.
 */
public final class Scheduler {
  static final long DAY_MS = Duration.ofDays(1).toMillis();

  private final Fsrs5 fsrs;
  private final List<Duration> learningSteps;
  private final List<Duration> relearningSteps;

  /** FSRS-5 with learning steps of 1 and 10 minutes and one relearning step of 10 minutes. */
  public Scheduler(Fsrs5 fsrs) {
    this(
        fsrs,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)));
  }

  public Scheduler(Fsrs5 fsrs, List<Duration> learningSteps, List<Duration> relearningSteps) {
    if (learningSteps.isEmpty() || relearningSteps.isEmpty()) {
      throw new IllegalArgumentException("learning and relearning need at least one step each");
    }
    this.fsrs = fsrs;
    this.learningSteps = List.copyOf(learningSteps);
    this.relearningSteps = List.copyOf(relearningSteps);
  }

  public Fsrs5 fsrs() {
    return fsrs;
  }

  /**
   * One rating and its outcome.
   *
   * @param elapsedDays whole days since the last rating (0 for a new card or the same day)
   * @param retrievability the recall probability FSRS saw at the rating; NaN for a first rating
   */
  public record Review(
      CardState before,
      CardState after,
      Rating rating,
      long at,
      int elapsedDays,
      double retrievability) {}

  /** Rates {@code card} {@code rating} at time {@code now} (epoch ms). */
  public Review rate(CardState card, Rating rating, long now) {
    int elapsed = card.hasMemory() ? elapsedDays(card.lastReview(), now) : 0;
    double r = card.hasMemory() ? Fsrs5.retrievability(elapsed, card.stability()) : Double.NaN;
    Fsrs5.Memory memory =
        card.hasMemory()
            ? fsrs.next(new Fsrs5.Memory(card.stability(), card.difficulty()), rating, elapsed)
            : fsrs.first(rating);
    CardState after =
        switch (card.phase()) {
          case NEW, LEARNING ->
              steps(card, learningSteps, CardState.Phase.LEARNING, rating, memory, now);
          case RELEARNING ->
              steps(card, relearningSteps, CardState.Phase.RELEARNING, rating, memory, now);
          case REVIEW ->
              rating == Rating.AGAIN
                  ? state(
                      card,
                      CardState.Phase.RELEARNING,
                      0,
                      memory,
                      now + relearningSteps.get(0).toMillis(),
                      now,
                      card.lapses() + 1)
                  : graduate(card, memory, now);
        };
    return new Review(card, after, rating, now, elapsed, r);
  }

  /**
   * A quiz answer that was not fully right: the card becomes due within the first relearning step
   * (10 minutes). A new card starts learning, a graduated one relearns, a card already in steps is
   * due no later than that; its memory state is untouched, as nothing was rated. Empty when the
   * card is already due as soon.
   */
  public Optional<CardState> missedInQuiz(CardState card, long now) {
    return dueBy(card, now + relearningSteps.get(0).toMillis());
  }

  /**
   * An instructor's re-teach: the card is due at {@code now}, in the same way as {@link
   * #missedInQuiz} but without the ten minutes' wait.
   */
  public Optional<CardState> dueAt(CardState card, long now) {
    return dueBy(card, now);
  }

  private Optional<CardState> dueBy(CardState card, long soon) {
    return switch (card.phase()) {
      case NEW ->
          Optional.of(
              new CardState(
                  CardState.Phase.LEARNING, 0, 0, 0, soon, 0, card.reps(), card.lapses()));
      case REVIEW ->
          Optional.of(
              new CardState(
                  CardState.Phase.RELEARNING,
                  0,
                  card.stability(),
                  card.difficulty(),
                  Math.min(card.due(), soon),
                  card.lastReview(),
                  card.reps(),
                  card.lapses()));
      case LEARNING, RELEARNING ->
          card.due() <= soon
              ? Optional.empty()
              : Optional.of(
                  new CardState(
                      card.phase(),
                      card.step(),
                      card.stability(),
                      card.difficulty(),
                      soon,
                      card.lastReview(),
                      card.reps(),
                      card.lapses()));
    };
  }

  /** How long until {@code card} would be due again if rated {@code rating} at {@code now}. */
  public Duration delay(CardState card, Rating rating, long now) {
    return Duration.ofMillis(rate(card, rating, now).after().due() - now);
  }

  /** Whole days (24-hour periods) from {@code from} to {@code to}; 0 when less than one. */
  static int elapsedDays(long from, long to) {
    return (int) Math.max(0, Math.floorDiv(to - from, DAY_MS));
  }

  private CardState steps(
      CardState card,
      List<Duration> steps,
      CardState.Phase phase,
      Rating rating,
      Fsrs5.Memory memory,
      long now) {
    int step = Math.min(card.phase() == CardState.Phase.NEW ? 0 : card.step(), steps.size() - 1);
    return switch (rating) {
      case AGAIN ->
          state(card, phase, 0, memory, now + steps.get(0).toMillis(), now, card.lapses());
      case HARD -> {
        long delay =
            step == 0 && steps.size() > 1
                ? (steps.get(0).toMillis() + steps.get(1).toMillis()) / 2
                : steps.get(step).toMillis();
        yield state(card, phase, step, memory, now + delay, now, card.lapses());
      }
      case GOOD ->
          step + 1 < steps.size()
              ? state(
                  card,
                  phase,
                  step + 1,
                  memory,
                  now + steps.get(step + 1).toMillis(),
                  now,
                  card.lapses())
              : graduate(card, memory, now);
      case EASY -> graduate(card, memory, now);
    };
  }

  private CardState graduate(CardState card, Fsrs5.Memory memory, long now) {
    long due = now + fsrs.intervalDays(memory.stability()) * DAY_MS;
    return state(card, CardState.Phase.REVIEW, 0, memory, due, now, card.lapses());
  }

  private static CardState state(
      CardState card,
      CardState.Phase phase,
      int step,
      Fsrs5.Memory memory,
      long due,
      long now,
      int lapses) {
    return new CardState(
        phase, step, memory.stability(), memory.difficulty(), due, now, card.reps() + 1, lapses);
  }
}
