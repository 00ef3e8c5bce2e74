package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Shuffle;

/**
 * A question as paper shows it: what to do, the choices lettered in a shuffled order (so the answer
 * is not always first, as authors tend to write it), and the answer in the same letters for the
 * key.
 *
 * @param instruction what to do, e.g. "Choose one."
 * @param choices lettered choices (single- and multi-choice, true-false) or the items to order
 * @param lefts a matching question's numbered left sides
 * @param rights a matching question's lettered right sides
 * @param cloze a cloze text as parts, blanks numbered
 * @param lines how many lines to leave for a written answer
 * @param answer the answer as the key prints it
 */
public record PrintedQuestion(
    int number,
    String id,
    String prompt,
    String instruction,
    List<Option> choices,
    List<String> lefts,
    List<Option> rights,
    List<ClozePart> cloze,
    int lines,
    int marks,
    String answer,
    String explanation,
    String cite) {

  public PrintedQuestion {
    choices = List.copyOf(choices);
    lefts = List.copyOf(lefts);
    rights = List.copyOf(rights);
    cloze = List.copyOf(cloze);
  }

  /** A lettered option. */
  public record Option(String letter, String text) {}

  /** A stretch of cloze text, or a numbered blank when {@code blank} is above zero. */
  public record ClozePart(String text, int blank) {}

  public boolean isCloze() {
    return !cloze.isEmpty();
  }

  /** Choices short enough to print side by side on one line (about 80 characters with letters). */
  public boolean inlineChoices() {
    return !choices.isEmpty()
        && choices.stream().allMatch(o -> o.text().length() <= 26)
        && choices.stream().mapToInt(o -> o.text().length() + 8).sum() <= 84;
  }

  public boolean isMatching() {
    return !lefts.isEmpty();
  }

  /**
   * Prints {@code question} as number {@code number}, its choices in the order {@code seed} gives
   * (through the quiz's own {@link Shuffle}, so paper and screen shuffle alike).
   */
  static PrintedQuestion of(
      int number, Question question, long seed, String explanation, String cite) {
    long s = Shuffle.seedFor(seed, question.id());
    String prompt = question.info().prompt();
    return switch (question.type()) {
      case SINGLE_CHOICE ->
          singleChoice(number, (Question.SingleChoice) question, s, prompt, explanation, cite);
      case MULTI_CHOICE ->
          multiChoice(number, (Question.MultiChoice) question, s, prompt, explanation, cite);
      case TRUE_FALSE ->
          trueFalse(number, (Question.TrueFalse) question, s, prompt, explanation, cite);
      case ORDERING -> ordering(number, (Question.Ordering) question, s, prompt, explanation, cite);
      case MATCHING -> matching(number, (Question.Matching) question, s, prompt, explanation, cite);
      case SHORT_ANSWER ->
          shortAnswer(number, (Question.ShortAnswer) question, s, prompt, explanation, cite);
      case CLOZE -> cloze(number, (Question.Cloze) question, s, prompt, explanation, cite);
    };
  }

  private static PrintedQuestion singleChoice(
      int number, Question.SingleChoice q, long s, String prompt, String explanation, String cite) {
    List<Option> options = lettered(Shuffle.choices(q, s));
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Choose one.",
        options,
        List.of(),
        List.of(),
        List.of(),
        0,
        1,
        answerOf(options, List.of(q.answer())),
        explanation,
        cite);
  }

  private static PrintedQuestion multiChoice(
      int number, Question.MultiChoice q, long s, String prompt, String explanation, String cite) {
    List<Option> options = lettered(Shuffle.choices(q, s));
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Choose every answer that applies.",
        options,
        List.of(),
        List.of(),
        List.of(),
        0,
        q.answers().size(),
        answerOf(options, q.answers()),
        explanation,
        cite);
  }

  private static PrintedQuestion trueFalse(
      int number, Question.TrueFalse q, long s, String prompt, String explanation, String cite) {
    List<Option> options = lettered(List.of("True", "False"));
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "True or false?",
        options,
        List.of(),
        List.of(),
        List.of(),
        0,
        1,
        q.answer() ? "True" : "False",
        explanation,
        cite);
  }

  private static PrintedQuestion ordering(
      int number, Question.Ordering q, long s, String prompt, String explanation, String cite) {
    List<Option> items = lettered(Shuffle.items(q, s));
    String order =
        q.items().stream().map(item -> letterOf(items, item)).collect(Collectors.joining(", "));
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Write the letters in the right order, first to last.",
        items,
        List.of(),
        List.of(),
        List.of(),
        1,
        Math.max(1, q.items().size() - 1),
        order,
        explanation,
        cite);
  }

  private static PrintedQuestion matching(
      int number, Question.Matching q, long s, String prompt, String explanation, String cite) {
    List<String> lefts = q.pairs().stream().map(Question.Matching.Pair::left).toList();
    List<Option> rights = lettered(Shuffle.rights(q, s));
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < lefts.size(); i++) {
      pairs.add((i + 1) + " " + letterOf(rights, q.pairs().get(i).right()));
    }
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Write the letter of the match beside each number.",
        List.of(),
        lefts,
        rights,
        List.of(),
        0,
        lefts.size(),
        String.join(", ", pairs),
        explanation,
        cite);
  }

  private static PrintedQuestion shortAnswer(
      int number, Question.ShortAnswer q, long s, String prompt, String explanation, String cite) {
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Answer in a few words.",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        2,
        1,
        String.join(" or ", q.accept()),
        explanation,
        cite);
  }

  private static PrintedQuestion cloze(
      int number, Question.Cloze q, long s, String prompt, String explanation, String cite) {
    ClozeText text = q.text();
    List<ClozePart> parts = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < text.blanks().size(); i++) {
      parts.add(new ClozePart(text.fragments().get(i), 0));
      parts.add(new ClozePart("", i + 1));
      List<String> accepted = text.blanks().get(i);
      answers.add("(" + (i + 1) + ") " + String.join(" or ", accepted));
    }
    parts.add(new ClozePart(text.fragments().get(text.blanks().size()), 0));
    return new PrintedQuestion(
        number,
        q.id(),
        prompt,
        "Fill in the numbered blanks.",
        List.of(),
        List.of(),
        List.of(),
        parts,
        0,
        text.blanks().size(),
        String.join("; ", answers),
        explanation,
        cite);
  }

  private static List<Option> lettered(List<String> texts) {
    List<Option> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Option(String.valueOf((char) ('a' + i)), texts.get(i)));
    }
    return out;
  }

  private static String letterOf(List<Option> options, String text) {
    return options.stream()
        .filter(o -> o.text().equals(text))
        .map(Option::letter)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("not among the options: " + text));
  }

  private static String answerOf(List<Option> options, List<String> right) {
    return options.stream()
        .filter(o -> right.contains(o.text()))
        .map(o -> o.letter() + " (" + o.text() + ")")
        .collect(Collectors.joining(", "));
  }

  /** "1 mark", "3 marks". */
  public String marksLabel() {
    return marks + (marks == 1 ? " mark" : " marks");
  }
}
