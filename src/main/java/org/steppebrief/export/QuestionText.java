package org.steppebrief.export;

import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.QuestionGenerator;

/**
 * The words every question export shares, as plain text and as HTML fragments: the verdicts of
 * per-answer feedback, and the general feedback that carries the explanation and every cited
 * passage with its source. HTML is written so that it is also well-formed XML (only {@code &amp;},
 * {@code &lt;} and {@code &gt;} escaped, every element closed), so content such as {@code <b>} in a
 * prompt is shown as text and never taken as markup.
 */
final class QuestionText {
  static final String RIGHT = "Right.";
  static final String PARTLY_RIGHT = "Partly right.";
  static final String NOT_RIGHT = "Not right.";

  private QuestionText() {}

  /** Escapes text for HTML element content. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String paragraph(String text) {
    return "<p>" + html(text) + "</p>";
  }

  /** The explanation, then one line per cited fact with its quoted passage and source. */
  static List<String> generalFeedback(Library library, Question question) {
    List<String> lines = new ArrayList<>();
    lines.add(question.info().explanation());
    for (String factId : question.info().factIds()) {
      library.fact(factId).ifPresent(f -> lines.add(source(library.evidence(f))));
    }
    return lines;
  }

  /**
   * "Source: The Mini Paper by Ada Author, ¶3: “…”", or for a view "Source: …, ¶4. Assessment by
   * the experts: “…”", quoting the source's own words.
   */
  static String source(Evidence evidence) {
    return "Source: "
        + evidence.where()
        + evidence.holder().map(h -> ". " + h).orElse("")
        + ": \u201c"
        + evidence.words()
        + "\u201d";
  }

  /** {@link #generalFeedback} as HTML paragraphs. */
  static String generalFeedbackHtml(Library library, Question question) {
    StringBuilder out = new StringBuilder();
    generalFeedback(library, question).forEach(line -> out.append(paragraph(line)));
    return out.toString();
  }

  /** Per-choice feedback of a single-choice question. */
  static String choiceFeedback(boolean right, String answer) {
    return right ? RIGHT : NOT_RIGHT + " The answer is \u201c" + answer + "\u201d.";
  }

  /** Per-choice feedback of a multi-choice question. */
  static String multiChoiceFeedback(boolean right) {
    return right
        ? "Right: this is one of the answers."
        : "Not right: this is not one of the answers.";
  }

  /** Feedback on a true-false answer that is right or not; says what the truth is. */
  static String trueFalseFeedback(boolean right, boolean truth) {
    return (right ? "Right: " : "Not right: ") + "the statement is " + truth + ".";
  }

  /** Source, fact and topic ids as tags: {@code topic:x}, {@code source:y}, {@code fact:z}. */
  static List<String> tags(Library library, Question question) {
    List<String> tags = new ArrayList<>();
    tags.add("topic:" + question.info().topicId());
    question.info().factIds().stream()
        .map(library::fact)
        .flatMap(java.util.Optional::stream)
        .map(f -> "source:" + f.sourceId())
        .distinct()
        .forEach(tags::add);
    question.info().factIds().forEach(id -> tags.add("fact:" + id));
    if (QuestionGenerator.isGenerated(question)) {
      tags.add("generated");
    }
    return tags;
  }
}
