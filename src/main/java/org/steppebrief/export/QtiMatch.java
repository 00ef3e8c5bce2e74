package org.steppebrief.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.steppebrief.content.Question;

/**
 * A matchInteraction: each right pair maps to 1, SCORE = the sum / number of left sides. A left
 * side is matched once; a right side may serve several, as on our own pages.
 */
record QtiMatch(Question.Matching question) implements QtiInteraction {
  /** Rights are listed once each, in the order the pairs give them. */
  private List<String> rights() {
    return new ArrayList<>(
        new LinkedHashSet<>(question.pairs().stream().map(p -> p.right()).toList()));
  }

  private String pair(int i, List<String> rights) {
    return "L" + (i + 1) + " R" + (rights.indexOf(question.pairs().get(i).right()) + 1);
  }

  @Override
  public void declarations(XmlOut xml) {
    int n = question.pairs().size();
    List<String> rights = rights();
    QtiXml.declaration(xml, "responseDeclaration", "RESPONSE", "multiple", "directedPair");
    xml.start("correctResponse");
    for (int i = 0; i < n; i++) {
      xml.text("value", pair(i, rights));
    }
    xml.end();
    xml.start("mapping", "lowerBound", "0", "defaultValue", "0");
    for (int i = 0; i < n; i++) {
      xml.empty("mapEntry", "mapKey", pair(i, rights), "mappedValue", "1");
    }
    xml.end();
    xml.end();
  }

  @Override
  public void body(XmlOut xml) {
    int n = question.pairs().size();
    List<String> rights = rights();
    xml.start(
        "matchInteraction",
        "responseIdentifier",
        "RESPONSE",
        "shuffle",
        "true",
        "maxAssociations",
        String.valueOf(n));
    xml.text("prompt", question.info().prompt());
    xml.start("simpleMatchSet");
    for (int i = 0; i < n; i++) {
      xml.text(
          "simpleAssociableChoice",
          question.pairs().get(i).left(),
          "identifier",
          "L" + (i + 1),
          "matchMax",
          "1");
    }
    xml.end().start("simpleMatchSet");
    for (int i = 0; i < rights.size(); i++) {
      xml.text(
          "simpleAssociableChoice",
          rights.get(i),
          "identifier",
          "R" + (i + 1),
          "matchMax",
          String.valueOf(n));
    }
    xml.end();
    xml.end();
  }

  @Override
  public void scoring(XmlOut xml) {
    QtiXml.scoreAsShare(xml, "mapResponse", "RESPONSE", question.pairs().size());
  }
}
