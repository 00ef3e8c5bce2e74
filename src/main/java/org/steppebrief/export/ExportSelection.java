package org.steppebrief.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.QuestionBank;
import org.steppebrief.quiz.QuestionGenerator;

/**
 * What to export: the library, the chosen topics in library order and their questions (hand-written
 * first, then, if asked for, those generated from the facts), topic by topic.
 *
 * @param allTopics whether no topic was named, which only changes the default file name
 */
public record ExportSelection(
    Library library, List<Topic> topics, List<Question> questions, boolean allTopics) {
  public ExportSelection {
    topics = List.copyOf(topics);
    questions = List.copyOf(questions);
  }

  /**
   * Selects topics by id (none means all) and their questions.
   *
   * @throws IllegalArgumentException naming every unknown topic id and the known ones
   */
  public static ExportSelection of(Library library, List<String> topicIds, boolean generated) {
    Set<String> wanted = new LinkedHashSet<>(topicIds);
    List<String> unknown =
        wanted.stream().filter(id -> library.topic(id).isEmpty()).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          (unknown.size() == 1 ? "unknown topic " : "unknown topics ")
              + unknown.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "))
              + "; topics are: "
              + library.topics().stream().map(Topic::id).collect(Collectors.joining(", ")));
    }
    List<Topic> topics =
        library.topics().stream().filter(t -> wanted.isEmpty() || wanted.contains(t.id())).toList();
    List<Question> made = generated ? QuestionBank.of(library).generated() : List.of();
    List<Question> questions = new ArrayList<>();
    for (Topic topic : topics) {
      questions.addAll(topic.questions());
      made.stream().filter(q -> q.info().topicId().equals(topic.id())).forEach(questions::add);
    }
    return new ExportSelection(library, topics, questions, wanted.isEmpty());
  }

  /** The selected questions of one topic, in export order. */
  public List<Question> questionsOf(Topic topic) {
    return questions.stream().filter(q -> q.info().topicId().equals(topic.id())).toList();
  }

  /** Whether generated questions are among the selected ones. */
  public boolean hasGenerated() {
    return questions.stream().anyMatch(QuestionGenerator::isGenerated);
  }

  /** "all-topics", one to three topic ids joined, or "5-topics": for file names. */
  public String scope() {
    if (allTopics) {
      return "all-topics";
    }
    if (topics.size() <= 3) {
      return topics.stream().map(Topic::id).collect(Collectors.joining("+"));
    }
    return topics.size() + "-topics";
  }
}
