package org.steppebrief.export;

import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.Question;

/**
 * A choiceInteraction: single choice and true-false score 1 for the correct response; multiple
 * answers map +1 per right choice ticked and -1 per wrong one, floored at 0, divided by the number
 * of right choices (our partial credit).
 */
record QtiChoice(
    String prompt, List<Choice> choices, boolean single, boolean shuffle, int rightCount)
    implements QtiInteraction {

  /** A choice: its identifier, its text and whether it is right. */
  record Choice(String identifier, String text, boolean right) {}

  static QtiChoice single(Question.SingleChoice q) {
    return new QtiChoice(
        q.info().prompt(), numbered(q.choices(), List.of(q.answer())), true, true, 1);
  }

  static QtiChoice multi(Question.MultiChoice q) {
    return new QtiChoice(
        q.info().prompt(), numbered(q.choices(), q.answers()), false, true, q.answers().size());
  }

  static QtiChoice trueFalse(Question.TrueFalse q) {
    return new QtiChoice(
        q.info().prompt(),
        List.of(new Choice("TRUE", "True", q.answer()), new Choice("FALSE", "False", !q.answer())),
        true,
        false,
        1);
  }

  private static List<Choice> numbered(List<String> texts, List<String> rights) {
    List<Choice> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Choice("C" + (i + 1), texts.get(i), rights.contains(texts.get(i))));
    }
    return out;
  }

  @Override
  public void declarations(XmlOut xml) {
    QtiXml.declaration(
        xml, "responseDeclaration", "RESPONSE", single ? "single" : "multiple", "identifier");
    xml.start("correctResponse");
    choices.stream().filter(Choice::right).forEach(c -> xml.text("value", c.identifier()));
    xml.end();
    if (!single) {
      xml.start("mapping", "lowerBound", "0", "defaultValue", "0");
      for (Choice c : choices) {
        xml.empty("mapEntry", "mapKey", c.identifier(), "mappedValue", c.right() ? "1" : "-1");
      }
      xml.end();
    }
    xml.end();
  }

  @Override
  public void body(XmlOut xml) {
    xml.start(
        "choiceInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        String.valueOf(shuffle),
        "maxChoices",
        single ? "1" : "0");
    xml.text("prompt", prompt);
    for (Choice c : choices) {
      xml.text("simpleChoice", c.text(), "identifier", c.identifier());
    }
    xml.end();
  }

  @Override
  public void scoring(XmlOut xml) {
    if (single) {
      QtiXml.matchCorrect(xml);
    } else {
      QtiXml.scoreAsShare(xml, "mapResponse", "RESPONSE", rightCount);
    }
  }
}
