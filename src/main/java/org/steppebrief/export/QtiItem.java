package org.steppebrief.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * One assessmentItem, valid against the QTI 2.1 schema: the declarations, the body and the scoring
 * of its {@link QtiInteraction}, then the rules every item shares: FEEDBACK says right, partly
 * right or not right; GENERAL always shows the explanation and the cited passages. Scoring is
 * written out as explicit response processing (no templates, so the rules are in the file).
 */
final class QtiItem {
  /**
   * QTI identifiers are XML names; a question id that is not one (it starts with a digit) gets the
   * prefix "q_", which no question id has (ids are lower-case words and digits joined by "-").
   */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private QtiItem() {}

  static String identifier(String questionId) {
    return NAME.matcher(questionId).matches() ? questionId : "q_" + questionId;
  }

  static byte[] of(Library library, Question question) {
    XmlOut xml = new XmlOut();
    xml.start(
        "assessmentItem",
        "xmlns",
        QtiXml.QTI_NS,
        "xmlns:xsi",
        QtiXml.XSI,
        "xsi:schemaLocation",
        QtiXml.QTI_NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
        "identifier",
        identifier(question.id()),
        "title",
        question.id(),
        "adaptive",
        "false",
        "timeDependent",
        "false",
        "toolName",
        "Steppe Brief",
        "toolVersion",
        library.version());
    QtiInteraction interaction = QtiInteraction.of(question);
    interaction.declarations(xml);
    List<QtiOutcome> outcomes =
        new ArrayList<>(
            List.of(
                QtiOutcome.SCORE, QtiOutcome.MAXSCORE, QtiOutcome.FEEDBACK, QtiOutcome.GENERAL));
    outcomes.addAll(interaction.outcomes());
    outcomes.forEach(o -> o.declare(xml));
    xml.start("itemBody");
    interaction.body(xml);
    xml.end();
    xml.start("responseProcessing");
    interaction.scoring(xml);
    feedbackRules(xml, interaction.rightWhenMatched());
    xml.end();
    modalFeedback(xml, "correct", "Right", QuestionText.RIGHT);
    modalFeedback(xml, "partial", "Partly right", QuestionText.PARTLY_RIGHT);
    modalFeedback(xml, "incorrect", "Not right", QuestionText.NOT_RIGHT);
    StringBuilder general = new StringBuilder();
    for (String line : QuestionText.generalFeedback(library, question)) {
      general.append("<p>").append(XmlOut.escape(line, false)).append("</p>");
    }
    xml.raw(
        "modalFeedback",
        general.toString(),
        "outcomeIdentifier",
        "GENERAL",
        "identifier",
        "shown",
        "showHide",
        "show",
        "title",
        "Why");
    xml.end();
    return xml.bytes();
  }

  /**
   * FEEDBACK: "correct" when the response is the correct one ({@code rightWhenMatched}) or SCORE
   * reached MAXSCORE, "partial" when SCORE is above 0, else "incorrect"; GENERAL is always shown.
   */
  private static void feedbackRules(XmlOut xml, boolean rightWhenMatched) {
    xml.start("responseCondition").start("responseIf");
    if (rightWhenMatched) {
      xml.start("match")
          .empty("variable", "identifier", "RESPONSE")
          .empty("correct", "identifier", "RESPONSE")
          .end();
    } else {
      xml.start("gte")
          .empty("variable", "identifier", "SCORE")
          .empty("variable", "identifier", "MAXSCORE")
          .end();
    }
    QtiXml.set(xml, "FEEDBACK", "identifier", "correct");
    xml.end().start("responseElseIf");
    xml.start("gt")
        .empty("variable", "identifier", "SCORE")
        .text("baseValue", "0", "baseType", "float")
        .end();
    QtiXml.set(xml, "FEEDBACK", "identifier", "partial");
    xml.end().start("responseElse");
    QtiXml.set(xml, "FEEDBACK", "identifier", "incorrect");
    xml.end().end();
    QtiXml.set(xml, "GENERAL", "identifier", "shown");
  }

  private static void modalFeedback(XmlOut xml, String id, String title, String text) {
    xml.raw(
        "modalFeedback",
        "<p>" + XmlOut.escape(text, false) + "</p>",
        "outcomeIdentifier",
        "FEEDBACK",
        "identifier",
        id,
        "showHide",
        "show",
        "title",
        title);
  }
}
