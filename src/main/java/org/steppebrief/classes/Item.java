package org.steppebrief.classes;

import java.util.List;
import java.util.Set;

/**
 * One question of an assignment as item analysis sees it.
 *
 * @param type the question type's key ({@code single-choice}, ...)
 * @param choices the choices a learner could pick, in the content's order; empty for types without
 *     choices (ordering, matching, short answer, cloze)
 * @param right the right choices (texts), a subset of {@code choices}
 * @param factIds the facts the question cites
 */
public record Item(
    String questionId,
    String type,
    String prompt,
    List<String> choices,
    Set<String> right,
    List<String> factIds) {
  public Item {
    choices = List.copyOf(choices);
    right = Set.copyOf(right);
    factIds = List.copyOf(factIds);
  }
}
