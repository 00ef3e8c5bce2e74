package org.steppebrief.web;

import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.Question;

/** What a question page needs, flattened so the template only loops and prints. */
public record QuestionView(
    String id,
    String type,
    String typeLabel,
    String prompt,
    String instruction,
    List<Option> choices,
    List<Option> items,
    List<Option> lefts,
    List<Option> rights,
    List<String> fragments,
    boolean generated) {

  /** One thing to pick, by its index on the page. */
  public record Option(int index, String text) {}

  static QuestionView of(Question q, Presentation shown) {
    List<Option> lefts = new ArrayList<>();
    List<String> fragments = List.of();
    if (q instanceof Question.Matching m) {
      for (int j = 0; j < m.pairs().size(); j++) {
        lefts.add(new Option(j, m.pairs().get(j).left()));
      }
    }
    if (q instanceof Question.Cloze c) {
      fragments = c.text().fragments();
    }
    return new QuestionView(
        q.id(),
        q.type().key(),
        label(q),
        q.info().prompt(),
        instruction(q),
        options(shown.choices()),
        options(shown.items()),
        lefts,
        options(shown.rights()),
        fragments,
        q.id().startsWith("gen-"));
  }

  private static List<Option> options(List<String> texts) {
    List<Option> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Option(i, texts.get(i)));
    }
    return out;
  }

  static String label(Question q) {
    return q.type().label();
  }

  private static String instruction(Question q) {
    return switch (q.type()) {
      case SINGLE_CHOICE -> "Choose one answer.";
      case MULTI_CHOICE -> "Choose every answer that applies.";
      case TRUE_FALSE -> "Is this statement true or false?";
      case ORDERING -> "Give each item its place: 1 for the first.";
      case MATCHING -> "Match each item on the left with one on the right.";
      case SHORT_ANSWER -> "Type a short answer.";
      case CLOZE -> "Type the missing words.";
    };
  }

  /** Position numbers for an ordering select: 1 .. n. */
  public List<Integer> positions() {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= items.size(); i++) {
      out.add(i);
    }
    return out;
  }

  /** Indexes of the cloze blanks, to interleave with {@code fragments}. */
  public int blankCount() {
    return Math.max(0, fragments.size() - 1);
  }
}
