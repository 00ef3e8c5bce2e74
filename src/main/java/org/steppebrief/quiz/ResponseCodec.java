package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.steppebrief.content.QuestionType;

/**
 * Stores a {@link Response} as text (a database TEXT column) and reads it back.
 *
 * <p>The format is one JSON value (RFC 8259), limited to strings, arrays of strings, objects whose
 * values are strings, {@code true}, {@code false} and {@code null}; no numbers, no deeper nesting:
 *
 * <pre>
 * single-choice   "choice text"
 * multi-choice    ["a","b"]               sorted, so one set has one encoding
 * true-false      true | false
 * ordering        ["first","second"]      in the learner's order
 * matching        {"left":"right",...}    sorted by left side
 * short-answer    "typed text"
 * cloze           ["blank 1","blank 2"]   one per blank, in order
 * nothing given   null
 * </pre>
 *
 * <p>Strings escape {@code "} and {@code \} with a backslash, the control characters U+0000 to
 * U+001F as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or {@code \}{@code u00XX},
 * and U+2028, U+2029 and unpaired surrogates as {@code \}{@code uXXXX} (so the stored text is valid
 * UTF-8 and safe to embed in a script); every other character is written as it is. A choice and a
 * typed text are both strings: the question type given to {@link #decode} says which. Decoding is
 * strict and never throws: malformed text, trailing text, or a value of the wrong shape for the
 * type decodes to {@link Response.Blank}.
 */
public final class ResponseCodec {
  /** Longer input is not a response this app wrote; refusing it bounds the work of decoding. */
  static final int MAX_LENGTH = 1 << 20;

  private ResponseCodec() {}

  public static String encode(Response response) {
    StringBuilder out = new StringBuilder();
    if (response instanceof Response.Choice choice) {
      string(out, choice.choice());
    } else if (response instanceof Response.Text text) {
      string(out, text.text());
    } else if (response instanceof Response.Truth truth) {
      out.append(truth.value());
    } else if (response instanceof Response.Choices choices) {
      array(out, new TreeSet<>(choices.choices()));
    } else if (response instanceof Response.Order order) {
      array(out, order.items());
    } else if (response instanceof Response.Blanks blanks) {
      array(out, blanks.texts());
    } else if (response instanceof Response.Matches matches) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> e : new TreeMap<>(matches.rightByLeft()).entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        string(out, e.getKey());
        out.append(':');
        string(out, e.getValue());
      }
      out.append('}');
    } else {
      out.append("null");
    }
    return out.toString();
  }

  public static Response decode(QuestionType type, String text) {
    if (type == null || text == null || text.length() > MAX_LENGTH) {
      return new Response.Blank();
    }
    try {
      Object value = new Parser(text).document();
      return shape(type, value);
    } catch (Malformed e) {
      return new Response.Blank();
    }
  }

  /** The response a parsed value stands for under a question type, or Blank if it fits none. */
  private static Response shape(QuestionType type, Object value) {
    if (value == null) {
      return new Response.Blank();
    }
    return switch (type) {
      case SINGLE_CHOICE ->
          value instanceof String s ? new Response.Choice(s) : new Response.Blank();
      case SHORT_ANSWER -> value instanceof String s ? new Response.Text(s) : new Response.Blank();
      case TRUE_FALSE -> value instanceof Boolean b ? new Response.Truth(b) : new Response.Blank();
      case MULTI_CHOICE ->
          value instanceof Strings list
              ? new Response.Choices(new TreeSet<>(list.values()))
              : new Response.Blank();
      case ORDERING ->
          value instanceof Strings list ? new Response.Order(list.values()) : new Response.Blank();
      case CLOZE ->
          value instanceof Strings list ? new Response.Blanks(list.values()) : new Response.Blank();
      case MATCHING ->
          value instanceof StringMap map
              ? new Response.Matches(map.values())
              : new Response.Blank();
    };
  }

  private static void array(StringBuilder out, Iterable<String> values) {
    out.append('[');
    boolean first = true;
    for (String value : values) {
      out.append(first ? "" : ",");
      first = false;
      string(out, value);
    }
    out.append(']');
  }

  private static void string(StringBuilder out, String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                      && i + 1 < s.length()
                      && Character.isLowSurrogate(s.charAt(i + 1))
                  || Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(s.charAt(i - 1));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !paired) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A parsed JSON array of strings. */
  private record Strings(List<String> values) {}

  /** A parsed JSON object whose values are strings, in document order. */
  private record StringMap(Map<String, String> values) {}

  /** Thrown inside the parser only; decode turns it into Blank. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }

  /** A strict recursive-descent parser for the subset above; one level of nesting at most. */
  private static final class Parser {
    private final String s;
    private int at;

    Parser(String s) {
      this.s = s;
    }

    /** The one value of the document: a String, Boolean, Strings, StringMap, or null. */
    Object document() throws Malformed {
      Object value = value();
      space();
      if (at != s.length()) {
        throw new Malformed();
      }
      return value;
    }

    private Object value() throws Malformed {
      space();
      if (at >= s.length()) {
        throw new Malformed();
      }
      char c = s.charAt(at);
      if (c == '"') {
        return string();
      }
      if (c == '[') {
        return array();
      }
      if (c == '{') {
        return object();
      }
      if (word("true")) {
        return Boolean.TRUE;
      }
      if (word("false")) {
        return Boolean.FALSE;
      }
      if (word("null")) {
        return null;
      }
      throw new Malformed();
    }

    private Strings array() throws Malformed {
      at++;
      List<String> values = new ArrayList<>();
      space();
      if (peek(']')) {
        at++;
        return new Strings(values);
      }
      while (true) {
        space();
        values.add(string());
        space();
        if (peek(',')) {
          at++;
        } else if (peek(']')) {
          at++;
          return new Strings(values);
        } else {
          throw new Malformed();
        }
      }
    }

    private StringMap object() throws Malformed {
      at++;
      Map<String, String> values = new LinkedHashMap<>();
      space();
      if (peek('}')) {
        at++;
        return new StringMap(values);
      }
      while (true) {
        space();
        String key = string();
        space();
        expect(':');
        space();
        // A key given twice makes the answer ambiguous, so the whole response is refused.
        if (values.put(key, string()) != null) {
          throw new Malformed();
        }
        space();
        if (peek(',')) {
          at++;
        } else if (peek('}')) {
          at++;
          return new StringMap(values);
        } else {
          throw new Malformed();
        }
      }
    }

    private String string() throws Malformed {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= s.length()) {
          throw new Malformed();
        }
        char c = s.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw new Malformed();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= s.length()) {
          throw new Malformed();
        }
        char e = s.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> out.append(hex4());
          default -> throw new Malformed();
        }
      }
    }

    private char hex4() throws Malformed {
      if (at + 4 > s.length()) {
        throw new Malformed();
      }
      int value = 0;
      for (int k = 0; k < 4; k++) {
        char c = s.charAt(at++);
        // ASCII only: Character.digit would also take other scripts' digits.
        int digit = c < 0x80 ? Character.digit(c, 16) : -1;
        if (digit < 0) {
          throw new Malformed();
        }
        value = value * 16 + digit;
      }
      return (char) value;
    }

    private boolean word(String w) {
      if (s.startsWith(w, at)) {
        at += w.length();
        return true;
      }
      return false;
    }

    private boolean peek(char c) {
      return at < s.length() && s.charAt(at) == c;
    }

    private void expect(char c) throws Malformed {
      if (!peek(c)) {
        throw new Malformed();
      }
      at++;
    }

    /** JSON's four white-space characters only. */
    private void space() {
      while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) {
        at++;
      }
    }
  }
}
