package org.steppebrief.export;

import java.util.List;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Question;

/**
 * Typed answers: a short answer (one textEntryInteraction, response RESPONSE) or a cloze (one per
 * blank, RESPONSE_1 ... in the text). Each blank is right when its response matches the blank's
 * {@linkplain QtiPattern pattern}, which accepts what our grader accepts as far as an XML Schema
 * regular expression can say it; RIGHT counts the right blanks (set to 0 first) and SCORE = RIGHT /
 * number of blanks.
 */
record QtiTextEntry(String prompt, List<String> fragments, List<List<String>> blanks)
    implements QtiInteraction {

  /** A short answer: no text around its one blank. */
  static QtiTextEntry shortAnswer(Question.ShortAnswer q) {
    return new QtiTextEntry(q.info().prompt(), List.of(), List.of(q.accept()));
  }

  static QtiTextEntry cloze(Question.Cloze q) {
    ClozeText text = q.text();
    return new QtiTextEntry(q.info().prompt(), text.fragments(), text.blanks());
  }

  private boolean isShortAnswer() {
    return fragments.isEmpty();
  }

  private String response(int i) {
    return isShortAnswer() ? "RESPONSE" : "RESPONSE_" + (i + 1);
  }

  @Override
  public List<QtiOutcome> outcomes() {
    return List.of(QtiOutcome.counter("RIGHT"));
  }

  @Override
  public boolean rightWhenMatched() {
    return false;
  }

  @Override
  public void declarations(XmlOut xml) {
    for (int i = 0; i < blanks.size(); i++) {
      QtiXml.declaration(xml, "responseDeclaration", response(i), "single", "string")
          .start("correctResponse")
          .text("value", blanks.get(i).get(0))
          .end()
          .end();
    }
  }

  private static int expectedLength(List<String> accepted) {
    return Math.max(10, accepted.stream().mapToInt(String::length).max().orElse(10) + 5);
  }

  @Override
  public void body(XmlOut xml) {
    xml.text("p", prompt);
    if (isShortAnswer()) {
      xml.start("p")
          .empty(
              "textEntryInteraction",
              "responseIdentifier",
              response(0),
              "expectedLength",
              String.valueOf(expectedLength(blanks.get(0))))
          .end();
      return;
    }
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < blanks.size(); i++) {
      mixed
          .append(XmlOut.escape(fragments.get(i), false))
          .append("<textEntryInteraction responseIdentifier=\"")
          .append(response(i))
          .append("\" expectedLength=\"")
          .append(expectedLength(blanks.get(i)))
          .append("\"/>");
    }
    mixed.append(XmlOut.escape(fragments.get(blanks.size()), false));
    xml.raw("p", mixed.toString());
  }

  @Override
  public void scoring(XmlOut xml) {
    QtiOutcome.counter("RIGHT").reset(xml);
    for (int i = 0; i < blanks.size(); i++) {
      xml.start("responseCondition").start("responseIf");
      xml.start("patternMatch", "pattern", QtiPattern.accepting(blanks.get(i)))
          .empty("variable", "identifier", response(i))
          .end();
      QtiXml.increment(xml, "RIGHT");
      xml.end().end();
    }
    QtiXml.scoreAsShare(xml, "variable", "RIGHT", blanks.size());
  }
}
