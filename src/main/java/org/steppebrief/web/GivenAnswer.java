package org.steppebrief.web;

import java.util.List;
import java.util.Map;

/**
 * What a learner sent for a question that could not be stored, to put back into the form: the
 * question page is shown again with their ticks, choices and typed words in place. Values are only
 * compared with the page's own indexes or printed escaped (th:value), so a forged form can change
 * nothing but what is pre-filled.
 */
public final class GivenAnswer {
  private final Map<String, List<String>> form;

  GivenAnswer(Map<String, List<String>> form) {
    this.form = form;
  }

  /** Whether field {@code name} was sent with {@code value} (a choice index, a position). */
  public boolean has(String name, Object value) {
    return form.getOrDefault(name, List.of()).contains(String.valueOf(value));
  }

  /** The text sent in field {@code name}, clipped as the answer would have been; "" if none. */
  public String value(String name) {
    List<String> values = form.getOrDefault(name, List.of());
    String text = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    return text.length() > FormResponse.MAX_TEXT ? text.substring(0, FormResponse.MAX_TEXT) : text;
  }
}
