package org.steppebrief.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Shuffle;

/** The order a question's parts are shown in for one attempt: fixed by the attempt's seed. */
record Presentation(List<String> choices, List<String> items, List<String> rights) {
  static Presentation of(Question question, long attemptSeed) {
    long seed = Shuffle.seedFor(attemptSeed, question.id());
    return switch (question.type()) {
      case SINGLE_CHOICE, MULTI_CHOICE ->
          new Presentation(Shuffle.choices(question, seed), List.of(), List.of());
      case ORDERING ->
          new Presentation(List.of(), Shuffle.items((Question.Ordering) question, seed), List.of());
      case MATCHING ->
          new Presentation(
              List.of(), List.of(), Shuffle.rights((Question.Matching) question, seed));
      case TRUE_FALSE, SHORT_ANSWER, CLOZE -> new Presentation(List.of(), List.of(), List.of());
    };
  }

  /**
   * The same shape with a {@link CompiledPage#hole} for each text, so that one rendered page serves
   * every order: a page shows the text at each position, and the position is the form value.
   */
  Presentation holes() {
    return new Presentation(holes("choice", choices), holes("item", items), holes("right", rights));
  }

  /** The texts for the holes of {@link #holes}. */
  Map<String, String> texts() {
    Map<String, String> texts = new HashMap<>();
    put(texts, "choice", choices);
    put(texts, "item", items);
    put(texts, "right", rights);
    return texts;
  }

  private static List<String> holes(String kind, List<String> texts) {
    return IntStream.range(0, texts.size()).mapToObj(i -> CompiledPage.hole(kind + i)).toList();
  }

  private static void put(Map<String, String> texts, String kind, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      texts.put(kind + i, values.get(i));
    }
  }
}
