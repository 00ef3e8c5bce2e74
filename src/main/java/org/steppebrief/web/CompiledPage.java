package org.steppebrief.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page rendered once with named holes, filled per request. Thymeleaf costs about a third of a
 * millisecond per render; filling holes costs microseconds, so what does not depend on the learner
 * is rendered once and reused. The fixed parts are kept as UTF-8 bytes: encoding a page with a
 * character outside Latin-1 (a Cyrillic title, a typographic quote) cost more than all the rest.
 */
final class CompiledPage {
  private static final char MARK = '\u0001';

  private final List<byte[]> parts;
  private final List<String> holes;
  private final int fixedLength;

  private CompiledPage(List<byte[]> parts, List<String> holes) {
    this.parts = parts;
    this.holes = holes;
    this.fixedLength = parts.stream().mapToInt(p -> p.length).sum();
  }

  /** The value to put in a model so that the rendered page gets a hole named {@code name}. */
  static String hole(String name) {
    return MARK + name + MARK;
  }

  static CompiledPage of(String rendered) {
    List<byte[]> parts = new ArrayList<>();
    List<String> holes = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = rendered.indexOf(MARK, at);
      if (open < 0) {
        parts.add(rendered.substring(at).getBytes(StandardCharsets.UTF_8));
        return new CompiledPage(List.copyOf(parts), List.copyOf(holes));
      }
      int close = rendered.indexOf(MARK, open + 1);
      parts.add(rendered.substring(at, open).getBytes(StandardCharsets.UTF_8));
      holes.add(rendered.substring(open + 1, close));
      at = close + 1;
    }
  }

  /** The page, as UTF-8, with every hole filled, HTML-escaped, from {@code values}. */
  byte[] fill(Map<String, String> values) {
    byte[][] filled = new byte[holes.size()][];
    int length = fixedLength;
    for (int i = 0; i < holes.size(); i++) {
      String value = values.get(holes.get(i));
      if (value == null) {
        throw new IllegalStateException("no value for hole " + holes.get(i));
      }
      filled[i] = escape(value).getBytes(StandardCharsets.UTF_8);
      length += filled[i].length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (int i = 0; i < parts.size(); i++) {
      byte[] part = parts.get(i);
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
      if (i < filled.length) {
        System.arraycopy(filled[i], 0, out, at, filled[i].length);
        at += filled[i].length;
      }
    }
    return out;
  }

  private static String escape(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      String entity =
          switch (value.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity != null && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (entity != null) {
          out.append(entity);
        } else {
          out.append(value.charAt(i));
        }
      }
    }
    return out == null ? value : out.toString();
  }
}
