package org.steppebrief.export;

import java.util.Map;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * {@code imsmanifest.xml} (IMS Content Packaging 1.1): one resource per item, with the question's
 * id, prompt and tags (topic, sources, facts) as LOM metadata, the way Moodle and Anki get them.
 */
final class QtiManifest {
  static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
  static final String MD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2";

  private QtiManifest() {}

  /** The manifest listing each item file with its question. */
  static byte[] of(Library library, Map<String, Question> byFile) {
    XmlOut xml = new XmlOut();
    xml.start(
        "manifest",
        "xmlns",
        CP_NS,
        "xmlns:imsmd",
        MD_NS,
        "xmlns:xsi",
        QtiXml.XSI,
        "xsi:schemaLocation",
        CP_NS
            + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
            + MD_NS
            + " http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd",
        "identifier",
        "steppe-brief-" + library.version());
    xml.start("metadata").text("schema", "QTIv2.1 Package").text("schemaversion", "1.0.0").end();
    xml.empty("organizations");
    xml.start("resources");
    for (Map.Entry<String, Question> entry : byFile.entrySet()) {
      Question question = entry.getValue();
      xml.start(
          "resource",
          "identifier",
          "res-" + QtiItem.identifier(question.id()),
          "type",
          "imsqti_item_xmlv2p1",
          "href",
          entry.getKey());
      xml.start("metadata").start("imsmd:lom").start("imsmd:general");
      xml.text("imsmd:identifier", question.id());
      xml.start("imsmd:title")
          .text("imsmd:langstring", question.info().prompt(), "xml:lang", "en")
          .end();
      for (String tag : QuestionText.tags(library, question)) {
        xml.start("imsmd:keyword").text("imsmd:langstring", tag, "xml:lang", "en").end();
      }
      xml.end().end().end();
      xml.empty("file", "href", entry.getKey());
      xml.end();
    }
    xml.end();
    xml.end();
    return xml.bytes();
  }
}
