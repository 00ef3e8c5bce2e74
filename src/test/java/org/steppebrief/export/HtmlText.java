package org.steppebrief.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What an HTML fragment from an export says, read with the JDK's XML parser: the exports write HTML
 * that is also well-formed XML, so entities and character references are decoded by the parser, not
 * by code that knows how they were written.
 */
final class HtmlText {
  private HtmlText() {}

  /** The whole fragment's text. */
  static String text(String html) {
    return parse(html).getDocumentElement().getTextContent();
  }

  /** The text of each top-level {@code <p>}; the whole text as one paragraph if there is none. */
  static List<String> paragraphs(String html) {
    Element root = parse(html).getDocumentElement();
    NodeList ps = root.getElementsByTagName("p");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      out.add(ps.item(i).getTextContent());
    }
    if (out.isEmpty()) {
      out.add(root.getTextContent());
    }
    return out;
  }

  /** The text of each element with this tag, in document order. */
  static List<String> elements(String html, String tag) {
    NodeList nodes = parse(html).getDocumentElement().getElementsByTagName(tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static Document parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(
              new ByteArrayInputStream(
                  ("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed HTML: " + html, e);
    }
  }
}
