package org.steppebrief.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML writer for documents that people review as golden files: elements with
 * element children are broken over lines, an element with text stays on one line. Text and
 * attribute values are escaped; a character XML 1.0 cannot hold is refused (validated content never
 * has one: YAML refuses them too).
 */
final class XmlOut {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  XmlOut() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element whose children are elements; attributes come as name, value pairs. */
  XmlOut start(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  XmlOut end() {
    String name = open.pop();
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element holding only text (escaped), on one line. */
  XmlOut text(String name, String text, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
    return this;
  }

  /**
   * An element holding HTML as a CDATA section, as Moodle's own export writes it: readable in a
   * golden file. A "]]>" inside is split over two sections.
   */
  XmlOut cdata(String name, String html, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    if (!html.isEmpty()) {
      check(html);
      out.append("<![CDATA[").append(html.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
    }
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element without content. */
  XmlOut empty(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** Mixed content written by the caller, already escaped, on one line. */
  XmlOut raw(String name, String escapedContent, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>').append(escapedContent).append("</").append(name).append(">\n");
    return this;
  }

  XmlOut comment(String text) {
    indent();
    out.append("<!-- ").append(escape(text, false).replace("--", "- -")).append(" -->\n");
    return this;
  }

  byte[] bytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed element " + open.peek());
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void attributes(String... attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1], true))
          .append('"');
    }
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  /** Escapes text or an attribute value; in attributes, quotes and line breaks too. */
  static String escape(String text, boolean attribute) {
    check(text);
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append(attribute ? "&quot;" : "\"");
        case '\n' -> s.append(attribute ? "&#10;" : "\n");
        case '\r' -> s.append("&#13;");
        case '\t' -> s.append(attribute ? "&#9;" : "\t");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  private static void check(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || Character.isSurrogate(c)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok) {
        throw new IllegalArgumentException(
            "character U+" + Integer.toHexString(c) + " cannot be written in XML 1.0");
      }
    }
  }
}
