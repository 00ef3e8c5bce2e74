package org.steppebrief.briefing;

import java.util.List;

/** The parts of an export's file name that say what it holds. */
public final class FileNames {
  private FileNames() {}

  /** "" for every topic; the ids of up to two topics; otherwise "-N-topics". */
  public static String topicsPart(List<String> topicIds) {
    if (topicIds.isEmpty()) {
      return "";
    }
    if (topicIds.size() <= 2) {
      return "-" + String.join("-", topicIds);
    }
    return "-" + topicIds.size() + "-topics";
  }
}
