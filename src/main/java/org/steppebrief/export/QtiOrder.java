package org.steppebrief.export;

import java.util.ArrayList;
import java.util.List;
import org.steppebrief.content.Question;

/**
 * An orderInteraction scored by pairs: POS_Ii is the position the learner gave item i (0 while it
 * has none); PAIRS counts the pairs i before j (in the right order) that the learner placed in that
 * order, both placed; SCORE = PAIRS / (n(n-1)/2), our partial credit. An item missing from the
 * response keeps position 0, so every pair it is in counts wrong. The counters are set to 0 at the
 * top of response processing: QTI 2.1 leaves resetting outcomes between attempts to the player, and
 * one that does not would otherwise add to the last attempt's count.
 */
record QtiOrder(Question.Ordering question) implements QtiInteraction {
  private int n() {
    return question.items().size();
  }

  @Override
  public List<QtiOutcome> outcomes() {
    List<QtiOutcome> out = new ArrayList<>();
    for (int i = 1; i <= n(); i++) {
      out.add(QtiOutcome.counter("POS_I" + i));
    }
    out.add(QtiOutcome.counter("PAIRS"));
    return out;
  }

  @Override
  public void declarations(XmlOut xml) {
    QtiXml.declaration(xml, "responseDeclaration", "RESPONSE", "ordered", "identifier");
    xml.start("correctResponse");
    for (int i = 1; i <= n(); i++) {
      xml.text("value", "I" + i);
    }
    xml.end().end();
  }

  @Override
  public void body(XmlOut xml) {
    xml.start("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "true");
    xml.text("prompt", question.info().prompt());
    for (int i = 0; i < n(); i++) {
      xml.text("simpleChoice", question.items().get(i), "identifier", "I" + (i + 1));
    }
    xml.end();
  }

  @Override
  public void scoring(XmlOut xml) {
    int n = n();
    outcomes().forEach(o -> o.reset(xml));
    for (int p = 1; p <= n; p++) {
      xml.start("responseCondition");
      for (int i = 1; i <= n; i++) {
        xml.start(i == 1 ? "responseIf" : "responseElseIf");
        xml.start("match")
            .start("index", "n", String.valueOf(p))
            .empty("variable", "identifier", "RESPONSE")
            .end()
            .text("baseValue", "I" + i, "baseType", "identifier")
            .end();
        QtiXml.set(xml, "POS_I" + i, "integer", String.valueOf(p));
        xml.end();
      }
      xml.end();
    }
    for (int i = 1; i <= n; i++) {
      for (int j = i + 1; j <= n; j++) {
        xml.start("responseCondition").start("responseIf");
        xml.start("and")
            .start("gt")
            .empty("variable", "identifier", "POS_I" + i)
            .text("baseValue", "0", "baseType", "integer")
            .end()
            .start("lt")
            .empty("variable", "identifier", "POS_I" + i)
            .empty("variable", "identifier", "POS_I" + j)
            .end()
            .end();
        QtiXml.increment(xml, "PAIRS");
        xml.end().end();
      }
    }
    QtiXml.scoreAsShare(xml, "variable", "PAIRS", n * (n - 1) / 2);
  }
}
