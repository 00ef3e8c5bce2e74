package org.steppebrief.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** A small streaming JSON writer (RFC 8259), enough for the command line's reports. */
final class Json {
  private final StringBuilder out = new StringBuilder();
  private final Deque<Boolean> first = new ArrayDeque<>();
  private boolean afterName;

  Json beginObject() {
    separate();
    out.append('{');
    first.push(true);
    return this;
  }

  Json endObject() {
    first.pop();
    out.append('}');
    return this;
  }

  Json beginArray() {
    separate();
    out.append('[');
    first.push(true);
    return this;
  }

  Json endArray() {
    first.pop();
    out.append(']');
    return this;
  }

  Json name(String name) {
    separate();
    string(name);
    out.append(':');
    afterName = true;
    return this;
  }

  Json value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  Json value(long value) {
    separate();
    out.append(value);
    return this;
  }

  Json value(double value) {
    separate();
    out.append(String.format(Locale.ROOT, "%.4f", value));
    return this;
  }

  Json value(boolean value) {
    separate();
    out.append(value);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!first.isEmpty()) {
      if (!first.peek()) {
        out.append(',');
      }
      first.pop();
      first.push(false);
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
