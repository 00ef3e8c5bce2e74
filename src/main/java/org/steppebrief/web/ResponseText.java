package org.steppebrief.web;

import java.util.List;
import org.steppebrief.content.Question;
import org.steppebrief.i18n.Texts;
import org.steppebrief.quiz.Response;

/** A learner's answer put into words for the feedback and result pages. */
final class ResponseText {
  private ResponseText() {}

  static String describe(Question q, Response r, Texts texts) {
    if (r instanceof Response.Choice c) {
      return c.choice();
    }
    if (r instanceof Response.Choices c) {
      // In the order the question lists them, so two pages never show them differently.
      List<String> choices = ((Question.MultiChoice) q).choices();
      return String.join("; ", choices.stream().filter(c.choices()::contains).toList());
    }
    if (r instanceof Response.Truth t) {
      return truth(t.value(), texts);
    }
    if (r instanceof Response.Order o) {
      return String.join(" → ", o.items());
    }
    if (r instanceof Response.Matches m && q instanceof Question.Matching matching) {
      return String.join(
          "; ",
          matching.pairs().stream()
              .map(
                  p ->
                      p.left()
                          + " = "
                          + m.rightByLeft().getOrDefault(p.left(), texts.get("answer.none")))
              .toList());
    }
    if (r instanceof Response.Text t) {
      return t.text();
    }
    if (r instanceof Response.Blanks b) {
      return String.join(
          " / ", b.texts().stream().map(s -> s.isBlank() ? texts.get("answer.blank") : s).toList());
    }
    return texts.get("answer.no-answer");
  }

  /** "True" or "False" in the page's language. */
  static String truth(boolean value, Texts texts) {
    return texts.get(value ? "answer.true" : "answer.false");
  }
}
