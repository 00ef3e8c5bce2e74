package org.steppebrief.export;

/** The few QTI 2.1 constructs every item part writes. */
final class QtiXml {
  static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private QtiXml() {}

  /** Opens a response or outcome declaration; the caller writes its content and ends it. */
  static XmlOut declaration(
      XmlOut xml, String element, String identifier, String cardinality, String baseType) {
    return xml.start(
        element, "identifier", identifier, "cardinality", cardinality, "baseType", baseType);
  }

  /** setOutcomeValue to a base value. */
  static void set(XmlOut xml, String outcome, String baseType, String value) {
    xml.start("setOutcomeValue", "identifier", outcome)
        .text("baseValue", value, "baseType", baseType)
        .end();
  }

  /** setOutcomeValue of an integer counter to itself plus one. */
  static void increment(XmlOut xml, String counter) {
    xml.start("setOutcomeValue", "identifier", counter)
        .start("sum")
        .empty("variable", "identifier", counter)
        .text("baseValue", "1", "baseType", "integer")
        .end()
        .end();
  }

  /** SCORE = the variable (a count or a mapped response) divided by n. */
  static void scoreAsShare(XmlOut xml, String numeratorElement, String identifier, int n) {
    xml.start("setOutcomeValue", "identifier", "SCORE")
        .start("divide")
        .empty(numeratorElement, "identifier", identifier)
        .text("baseValue", String.valueOf(n), "baseType", "float")
        .end()
        .end();
  }

  /** SCORE 1 when the response is the correct one, else 0. */
  static void matchCorrect(XmlOut xml) {
    xml.start("responseCondition").start("responseIf");
    xml.start("match")
        .empty("variable", "identifier", "RESPONSE")
        .empty("correct", "identifier", "RESPONSE")
        .end();
    set(xml, "SCORE", "float", "1");
    xml.end().start("responseElse");
    set(xml, "SCORE", "float", "0");
    xml.end().end();
  }
}
