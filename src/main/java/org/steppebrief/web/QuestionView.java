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
    List<Option> lefts =
        switch (q.type()) {
          case MATCHING ->
              options(
                  ((Question.Matching) q)
                      .pairs().stream().map(Question.Matching.Pair::left).toList());
          case SINGLE_CHOICE, MULTI_CHOICE, TRUE_FALSE, ORDERING, SHORT_ANSWER, CLOZE -> List.of();
        };
    List<String> fragments =
        switch (q.type()) {
          case CLOZE -> ((Question.Cloze) q).text().fragments();
          case SINGLE_CHOICE, MULTI_CHOICE, TRUE_FALSE, ORDERING, MATCHING, SHORT_ANSWER ->
              List.of();
        };
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
