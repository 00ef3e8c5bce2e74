package org.steppebrief.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steppebrief.content.Library;

/**
 * The topics a request chooses, read the same way by every form and link (quiz, study, briefing,
 * worksheet, export): repeated parameters or comma-separated lists, in the order given, without
 * repeats. An id the library does not have is refused with a 400 naming it, never dropped: a
 * request for a topic that is not there gets no answer about other topics.
 */
final class TopicIds {
  /** Longer ids are cut in the message; no topic id is this long. */
  private static final int SHOWN = 60;

  private TopicIds() {}

  static List<String> of(List<String> values, Library library) {
    List<String> ids = new ArrayList<>();
    for (String value : values) {
      Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .filter(s -> !ids.contains(s))
          .forEach(ids::add);
    }
    for (String id : ids) {
      if (library.topic(id).isEmpty()) {
        throw new Refused(
            400, "error.no-such-topic", id.length() > SHOWN ? id.substring(0, SHOWN) + "…" : id);
      }
    }
    return ids;
  }
}
