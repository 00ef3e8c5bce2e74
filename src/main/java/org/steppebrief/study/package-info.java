/**
 * Self-study with spaced repetition: study cards made from the {@link
 * org.steppebrief.content.Library} ({@link org.steppebrief.study.CardDeck}) and scheduled with
 * FSRS-5, the fifth version of the Free Spaced Repetition Scheduler, with its published default
 * weights and a desired retention of 0.9 ({@link org.steppebrief.study.Fsrs5}, {@link
 * org.steppebrief.study.Scheduler}).
 *
 * <p>As in Anki, the scheduler is pure: a decision is a function of a card's state, the rating and
 * the time, which the caller passes in. {@link org.steppebrief.study.StudyQueue} and {@link
 * org.steppebrief.study.Progress} are pure too. {@link org.steppebrief.study.StudyStore} records
 * the outcome (tables of {@code V2__study.sql}) and {@link org.steppebrief.study.StudyService} ties
 * the three together for the web handlers; nothing in this package reads a clock.
 */
package org.steppebrief.study;
