package org.steppebrief.content;

import java.util.List;

/** A fact sheet: what learners should be able to do, a cited summary, facts and questions. */
public record Topic(
    String id,
    String title,
    List<Objective> objectives,
    CitedText summary,
    List<Fact> facts,
    List<Question> questions,
    Origin origin) {

  public Topic {
    objectives = List.copyOf(objectives);
    facts = List.copyOf(facts);
    questions = List.copyOf(questions);
  }
}
