package org.steppebrief.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.yaml.Spelling;
import org.steppebrief.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the fields one question type adds (choices and answers, items, pairs, accepted forms, cloze
 * text) and checks them; the switches over {@link QuestionType} make a new type fail to compile
 * until it is read here.
 */
final class AnswerKeyReader {
  private final YamlMap q;
  private final Diagnostics problems;

  AnswerKeyReader(YamlMap q, Diagnostics problems) {
    this.q = q;
    this.problems = problems;
  }

  /** The fields a question of this type may have besides the ones every question has. */
  static Set<String> fieldsOf(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE -> Set.of("choices", "answer");
      case MULTI_CHOICE -> Set.of("choices", "answers", "answer");
      case TRUE_FALSE -> Set.of("answer");
      case ORDERING -> Set.of("items");
      case MATCHING -> Set.of("pairs");
      case SHORT_ANSWER -> Set.of("accept", "answer");
      case CLOZE -> Set.of("text");
    };
  }

  Optional<Question> read(QuestionType type, Question.QuestionInfo info) {
    return switch (type) {
      case SINGLE_CHOICE -> singleChoice(info);
      case MULTI_CHOICE -> multiChoice(info);
      case TRUE_FALSE -> trueFalse(info);
      case ORDERING -> ordering(info);
      case MATCHING -> matching(info);
      case SHORT_ANSWER -> shortAnswer(info);
      case CLOZE -> cloze(info);
    };
  }

  private Optional<Question> singleChoice(Question.QuestionInfo info) {
    List<String> choices = choices(2, 6);
    Optional<String> answer = q.text("answer", "a single-choice question");
    if (answer.isEmpty() || choices.isEmpty()) {
      return Optional.empty();
    }
    if (!choices.contains(answer.get())) {
      notAmongChoices(answer.get(), choices);
      return Optional.empty();
    }
    return Optional.of(new Question.SingleChoice(info, choices, answer.get()));
  }

  private Optional<Question> multiChoice(Question.QuestionInfo info) {
    List<String> choices = choices(3, 8);
    String key = q.has("answers") ? "answers" : "answer";
    List<String> answers = q.textList(key, "a multi-choice question");
    if (choices.isEmpty() || answers.isEmpty()) {
      if (q.has(key)) {
        problems.error(
            q.position(key), "a multi-choice question needs at least one right answer", null);
      }
      return Optional.empty();
    }
    boolean ok = true;
    for (String answer : answers) {
      if (!choices.contains(answer)) {
        notAmongChoices(answer, choices);
        ok = false;
      }
    }
    if (new HashSet<>(answers).size() != answers.size()) {
      problems.error(q.position(key), "an answer is listed twice", null);
      ok = false;
    }
    return ok ? Optional.of(new Question.MultiChoice(info, choices, answers)) : Optional.empty();
  }

  private void notAmongChoices(String answer, List<String> choices) {
    String nearest = Spelling.nearest(answer, choices);
    problems.error(
        q.position(q.has("answers") ? "answers" : "answer"),
        "answer `" + answer + "` is not among the choices",
        nearest != null
            ? "did you mean `" + nearest + "`? An answer must be written exactly as its choice"
            : "choices are: " + String.join(" | ", choices));
  }

  private List<String> choices(int min, int max) {
    List<String> choices = q.textList("choices", "a choice question");
    if (!q.has("choices")) {
      return List.of();
    }
    if (choices.size() < min || choices.size() > max) {
      problems.error(
          q.position("choices"),
          "a "
              + q.optionalText("type").orElse("choice")
              + " question needs "
              + min
              + " to "
              + max
              + " choices, not "
              + choices.size(),
          null);
      return List.of();
    }
    if (!unique(choices, "choices", "choice")) {
      return List.of();
    }
    return choices;
  }

  private boolean unique(List<String> values, String key, String what) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value.toLowerCase(Locale.ROOT))) {
        problems.error(q.position(key), "the " + what + " `" + value + "` is listed twice", null);
        return false;
      }
    }
    return true;
  }

  private Optional<Question> trueFalse(Question.QuestionInfo info) {
    var node = q.node("answer");
    if (node.isEmpty()) {
      q.text("answer", "a true-false question");
      return Optional.empty();
    }
    String raw =
        node.get() instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : "";
    if (!raw.equals("true") && !raw.equals("false")) {
      problems.error(
          q.position("answer"),
          "a true-false answer must be `true` or `false`, not `" + raw + "`",
          null);
      return Optional.empty();
    }
    return Optional.of(new Question.TrueFalse(info, raw.equals("true")));
  }

  private Optional<Question> ordering(Question.QuestionInfo info) {
    List<String> items = q.textList("items", "an ordering question");
    if (!q.has("items")) {
      return Optional.empty();
    }
    if (items.size() < 3 || items.size() > 8) {
      problems.error(
          q.position("items"),
          "an ordering question needs 3 to 8 items in their correct order, not " + items.size(),
          "list the items in the right order; learners see them shuffled");
      return Optional.empty();
    }
    return unique(items, "items", "item")
        ? Optional.of(new Question.Ordering(info, items))
        : Optional.empty();
  }

  private Optional<Question> matching(Question.QuestionInfo info) {
    List<YamlMap> raw = q.mappings("pairs", "pair");
    if (!q.has("pairs")) {
      q.text("pairs", "a matching question");
      return Optional.empty();
    }
    List<Question.Matching.Pair> pairs = new ArrayList<>();
    for (YamlMap p : raw) {
      p.allowOnly(Set.of("left", "right"), "a pair");
      Optional<String> left = p.text("left", "a pair");
      Optional<String> right = p.text("right", "a pair");
      if (left.isPresent() && right.isPresent()) {
        pairs.add(new Question.Matching.Pair(left.get(), right.get()));
      }
    }
    if (pairs.size() != raw.size()) {
      return Optional.empty();
    }
    if (pairs.size() < 3 || pairs.size() > 8) {
      problems.error(
          q.position("pairs"), "a matching question needs 3 to 8 pairs, not " + pairs.size(), null);
      return Optional.empty();
    }
    boolean ok =
        unique(pairs.stream().map(Question.Matching.Pair::left).toList(), "pairs", "left side")
            && unique(
                pairs.stream().map(Question.Matching.Pair::right).toList(), "pairs", "right side");
    return ok ? Optional.of(new Question.Matching(info, pairs)) : Optional.empty();
  }

  private Optional<Question> shortAnswer(Question.QuestionInfo info) {
    List<String> accepted = new ArrayList<>(q.optionalTextList("answer").orElse(List.of()));
    accepted.addAll(q.optionalTextList("accept").orElse(List.of()));
    if (accepted.isEmpty()) {
      problems.error(
          q.position(),
          "a short-answer question has no accepted answer",
          "add `accept: [answer, another form]`");
      return Optional.empty();
    }
    return Optional.of(new Question.ShortAnswer(info, accepted.stream().distinct().toList()));
  }

  private Optional<Question> cloze(Question.QuestionInfo info) {
    Optional<String> raw = q.text("text", "a cloze question");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    ClozeText text = ClozeText.parse(raw.get());
    int opens = raw.get().split("\\{\\{", -1).length - 1;
    int closes = raw.get().split("}}", -1).length - 1;
    if (opens != closes || opens != text.blanks().size()) {
      problems.error(
          q.position("text"), "unbalanced blank: every `{{` needs a matching `}}`", null);
      return Optional.empty();
    }
    if (text.blanks().isEmpty()) {
      problems.error(
          q.position("text"),
          "a cloze text has no blanks",
          "mark each blank with its answer in double braces: `signed in {{2006}}`");
      return Optional.empty();
    }
    if (text.blanks().stream().anyMatch(List::isEmpty)) {
      problems.error(q.position("text"), "a blank has no answer inside its braces", null);
      return Optional.empty();
    }
    return Optional.of(new Question.Cloze(info, text));
  }
}
