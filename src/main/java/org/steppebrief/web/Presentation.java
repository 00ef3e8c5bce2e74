package org.steppebrief.web;

import java.util.List;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Shuffle;

/** The order a question's parts are shown in for one attempt: fixed by the attempt's seed. */
record Presentation(List<String> choices, List<String> items, List<String> rights) {
  static Presentation of(Question question, long attemptSeed) {
    long seed = Shuffle.seedFor(attemptSeed, question.id());
    if (question instanceof Question.SingleChoice || question instanceof Question.MultiChoice) {
      return new Presentation(Shuffle.choices(question, seed), List.of(), List.of());
    }
    if (question instanceof Question.Ordering ordering) {
      return new Presentation(List.of(), Shuffle.items(ordering, seed), List.of());
    }
    if (question instanceof Question.Matching matching) {
      return new Presentation(List.of(), List.of(), Shuffle.rights(matching, seed));
    }
    return new Presentation(List.of(), List.of(), List.of());
  }
}
