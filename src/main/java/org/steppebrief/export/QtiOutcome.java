package org.steppebrief.export;

/**
 * An outcome variable an item declares: its identifier, base type and default value ({@code null}
 * for none). Single cardinality, as every outcome here is.
 */
record QtiOutcome(String identifier, String baseType, String defaultValue) {
  static final QtiOutcome SCORE = new QtiOutcome("SCORE", "float", "0");
  static final QtiOutcome MAXSCORE = new QtiOutcome("MAXSCORE", "float", "1");
  static final QtiOutcome FEEDBACK = new QtiOutcome("FEEDBACK", "identifier", null);
  static final QtiOutcome GENERAL = new QtiOutcome("GENERAL", "identifier", null);

  /** An integer counter starting at 0 (and set to 0 again where response processing starts). */
  static QtiOutcome counter(String identifier) {
    return new QtiOutcome(identifier, "integer", "0");
  }

  void declare(XmlOut xml) {
    if (defaultValue == null) {
      xml.empty(
          "outcomeDeclaration",
          "identifier",
          identifier,
          "cardinality",
          "single",
          "baseType",
          baseType);
    } else {
      QtiXml.declaration(xml, "outcomeDeclaration", identifier, "single", baseType)
          .start("defaultValue")
          .text("value", defaultValue)
          .end()
          .end();
    }
  }

  /** A rule setting this outcome to its default value. */
  void reset(XmlOut xml) {
    QtiXml.set(xml, identifier, baseType, defaultValue);
  }
}
