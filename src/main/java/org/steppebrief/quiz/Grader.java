package org.steppebrief.quiz;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Question;

/**
 * Grades a response to a question; a pure function of the two.
 *
 * <p>The rules, per question type (a response of the wrong shape for the type, or {@link
 * Response.Blank}, always scores 0):
 *
 * <ul>
 *   <li><b>single-choice, true-false</b>: 1 if the chosen choice (exactly as shown) or the truth
 *       value is the answer, else 0.
 *   <li><b>multi-choice</b>: max(0, (right choices picked − wrong choices picked) / number of right
 *       answers). A pick that is not among the choices counts as wrong. All right and none wrong is
 *       1.
 *   <li><b>ordering</b>: the share of all n(n−1)/2 item pairs whose relative order the learner got
 *       right. Items missing from the response make every pair they are in wrong; a repeated item
 *       counts at its first place only; texts that are not items are ignored.
 *   <li><b>matching</b>: the share of left sides matched to their right side.
 *   <li><b>short-answer</b>: 1 if the response's {@linkplain AnswerFolding#key key} (folded; the
 *       periods of abbreviations and a leading article do not count) equals any accepted answer's,
 *       else 0. A response that folds to nothing is wrong.
 *   <li><b>cloze</b>: the share of blanks whose key equals the key of any alternative of that
 *       blank; a missing text is wrong, extra texts are ignored.
 * </ul>
 *
 * <p>A grade is correct exactly when its score is 1.
 */
public final class Grader {
  private Grader() {}

  public static Grade grade(Question question, Response response) {
    return switch (question.type()) {
      case SINGLE_CHOICE -> singleChoice((Question.SingleChoice) question, response);
      case MULTI_CHOICE -> multiChoice((Question.MultiChoice) question, response);
      case TRUE_FALSE -> trueFalse((Question.TrueFalse) question, response);
      case ORDERING -> ordering((Question.Ordering) question, response);
      case MATCHING -> matching((Question.Matching) question, response);
      case SHORT_ANSWER -> shortAnswer((Question.ShortAnswer) question, response);
      case CLOZE -> cloze((Question.Cloze) question, response);
    };
  }

  private static Grade singleChoice(Question.SingleChoice q, Response response) {
    boolean right =
        response instanceof Response.Choice choice && q.answer().equals(choice.choice());
    return Grade.of(right ? 1 : 0, q.answer());
  }

  private static Grade trueFalse(Question.TrueFalse q, Response response) {
    boolean right = response instanceof Response.Truth truth && truth.value() == q.answer();
    return Grade.of(right ? 1 : 0, String.valueOf(q.answer()));
  }

  private static Grade multiChoice(Question.MultiChoice q, Response response) {
    String expected = String.join("; ", q.answers());
    if (!(response instanceof Response.Choices picked) || q.answers().isEmpty()) {
      return Grade.of(0, expected);
    }
    Set<String> answers = Set.copyOf(q.answers());
    long right = picked.choices().stream().filter(answers::contains).count();
    long wrong = picked.choices().size() - right;
    return Grade.of(Math.max(0.0, (double) (right - wrong) / answers.size()), expected);
  }

  private static Grade ordering(Question.Ordering q, Response response) {
    List<String> items = q.items();
    String expected = String.join(" → ", items);
    if (!(response instanceof Response.Order order)) {
      return Grade.of(0, expected);
    }
    Map<String, Integer> place = new HashMap<>();
    for (String item : order.items()) {
      place.putIfAbsent(item, place.size());
    }
    int n = items.size();
    if (n < 2) {
      // No pair to judge; the one item just has to be there.
      return Grade.of(place.keySet().containsAll(items) ? 1 : 0, expected);
    }
    int right = 0;
    for (int i = 0; i < n; i++) {
      Integer a = place.get(items.get(i));
      for (int j = i + 1; j < n; j++) {
        Integer b = place.get(items.get(j));
        if (a != null && b != null && a < b) {
          right++;
        }
      }
    }
    return Grade.of((double) right / (n * (n - 1) / 2), expected);
  }

  private static Grade matching(Question.Matching q, Response response) {
    String expected =
        q.pairs().stream().map(p -> p.left() + " = " + p.right()).collect(Collectors.joining("; "));
    if (!(response instanceof Response.Matches matches) || q.pairs().isEmpty()) {
      return Grade.of(0, expected);
    }
    long right =
        q.pairs().stream()
            .filter(p -> p.right().equals(matches.rightByLeft().get(p.left())))
            .count();
    return Grade.of((double) right / q.pairs().size(), expected);
  }

  private static Grade shortAnswer(Question.ShortAnswer q, Response response) {
    String expected = q.accept().isEmpty() ? "" : q.accept().get(0);
    boolean right =
        response instanceof Response.Text text
            && text.text() != null
            && accepts(q.accept(), text.text());
    return Grade.of(right ? 1 : 0, expected);
  }

  private static Grade cloze(Question.Cloze q, Response response) {
    ClozeText text = q.text();
    String expected = text.filled();
    int blanks = text.blanks().size();
    if (!(response instanceof Response.Blanks given) || blanks == 0) {
      return Grade.of(0, expected);
    }
    int right = 0;
    for (int i = 0; i < blanks && i < given.texts().size(); i++) {
      if (accepts(text.blanks().get(i), given.texts().get(i))) {
        right++;
      }
    }
    return Grade.of((double) right / blanks, expected);
  }

  /**
   * Whether a typed answer has the {@linkplain AnswerFolding#key key} of one of the accepted forms;
   * nothing typed is never right.
   */
  private static boolean accepts(List<String> accepted, String typed) {
    String key = AnswerFolding.key(typed);
    if (key.isEmpty()) {
      return false;
    }
    Set<String> forms = new HashSet<>();
    accepted.forEach(a -> forms.add(AnswerFolding.key(a)));
    return forms.contains(key);
  }
}
