package org.steppebrief.export;

import java.util.List;
import org.steppebrief.content.Question;

/**
 * The parts of an assessmentItem that depend on the question type: response declarations, the extra
 * outcomes the scoring needs, the interaction in the item body, and the response processing that
 * sets SCORE (0 to 1) as our grader scores.
 */
sealed interface QtiInteraction permits QtiChoice, QtiOrder, QtiMatch, QtiTextEntry {
  void declarations(XmlOut xml);

  /** Outcomes beyond SCORE, MAXSCORE, FEEDBACK and GENERAL. */
  default List<QtiOutcome> outcomes() {
    return List.of();
  }

  void body(XmlOut xml);

  /** Rules that set SCORE; they start by setting every counter they add to. */
  void scoring(XmlOut xml);

  /**
   * Whether "right" feedback means the response matches the correct response (exact, as for
   * choices) rather than SCORE reaching MAXSCORE (typed answers, whose correct response is one of
   * many accepted).
   */
  default boolean rightWhenMatched() {
    return true;
  }

  static QtiInteraction of(Question question) {
    return switch (question.type()) {
      case SINGLE_CHOICE -> QtiChoice.single((Question.SingleChoice) question);
      case MULTI_CHOICE -> QtiChoice.multi((Question.MultiChoice) question);
      case TRUE_FALSE -> QtiChoice.trueFalse((Question.TrueFalse) question);
      case ORDERING -> new QtiOrder((Question.Ordering) question);
      case MATCHING -> new QtiMatch((Question.Matching) question);
      case SHORT_ANSWER -> QtiTextEntry.shortAnswer((Question.ShortAnswer) question);
      case CLOZE -> QtiTextEntry.cloze((Question.Cloze) question);
    };
  }
}
