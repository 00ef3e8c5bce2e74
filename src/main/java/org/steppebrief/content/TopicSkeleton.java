package org.steppebrief.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A new topic file, commented field by field, whose placeholders all contain {@code TODO}: it fails
 * {@code check} (unknown source, ids that are not lower case) until they are filled, and passes
 * once they are.
 */
public final class TopicSkeleton {
  private TopicSkeleton() {}

  /**
   * Writes {@code questions/ID.yaml} under {@code content} and returns its path.
   *
   * @throws IllegalArgumentException when the id is malformed or taken, or the title unusable
   */
  public static Path write(Path content, String id, String title) throws IOException {
    if (!FactSheetReader.ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "topic id `"
              + id
              + "` is not lower-case words joined by `-` (like `trade-and-treaties`)");
    }
    if (id.equals("glossary")) {
      throw new IllegalArgumentException("`glossary` is the glossary's file; choose another id");
    }
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty() || cleanTitle.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("the title must be one line of text");
    }
    Path questions = content.resolve("questions");
    for (String ext : new String[] {".yaml", ".yml"}) {
      if (Files.exists(questions.resolve(id + ext))) {
        throw new IllegalArgumentException(
            "topic `" + id + "` exists already: questions/" + id + ext);
      }
    }
    Files.createDirectories(questions);
    Path file = questions.resolve(id + ".yaml");
    // CREATE_NEW: a file that appears meanwhile is never overwritten.
    Files.writeString(
        file, yaml(id, cleanTitle), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    return file;
  }

  /** The skeleton's text. */
  static String yaml(String id, String title) {
    String quotedTitle = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return """
        # Topic `%1$s`, written by `new-topic`. Replace every TODO, then run
        #   java -jar target/steppe-brief.jar check questions/%1$s.yaml
        # Every field is explained in questions/README.md. Every fact quotes its source word for
        # word: `java -jar target/steppe-brief.jar passages SOURCE` prints a source's passages to
        # copy the words from.
        id: %1$s
        title: %2$s
        # order: 10          # where the topic comes in lists and briefings; without it, last
        objectives:          # two to four: what a learner can do after this topic
          - id: TODO-objective-1
            text: TODO what a learner can do after this topic ("Explain why ...").
          - id: TODO-objective-2
            text: TODO a second thing a learner can do ("Place ... in order").
        summary: >-          # two to five sentences; each ends with the facts it rests on in brackets
          TODO a first sentence in your own words [%1$s-fact-1]. TODO a second sentence
          [%1$s-fact-2].
        facts:
          - id: %1$s-fact-1   # lower-case words joined by -, unique in the whole library
            statement: TODO what the fact says, in your words, never more than the quote supports.
            source: TODO-SOURCE   # a source id from seeds/sources.yaml
            quote: "TODO the source's own words, at least four, copied exactly"
            kind: fact           # fact | assessment | prediction | quotation (the last three need said_by)
            # said_by: who holds the view or spoke the words, as the source names them
            # year: 2006         # a year the fact is about
            # prefix or suffix:  words just before or after, when the quote occurs twice
          - id: %1$s-fact-2
            statement: TODO what the second fact says.
            source: TODO-SOURCE
            quote: "TODO the source's own words for the second fact"
            kind: fact
        questions:           # optional; every question cites the facts its answer rests on
          - id: %1$s-question-1
            type: single-choice  # single-choice | multi-choice | true-false | ordering | matching | short-answer | cloze
            level: recall        # recall | understand | analyse
            objective: TODO-objective-1
            prompt: TODO the question?
            choices: [TODO the right answer, TODO a distractor, TODO another distractor]
            answer: TODO the right answer
            facts: [%1$s-fact-1]
            explanation: TODO why the answer is right, in your words.
          - id: %1$s-question-2
            type: true-false     # the prompt is a statement; the answer is true or false
            level: understand
            objective: TODO-objective-2
            prompt: TODO a statement that the facts make true or false.
            answer: true
            facts: [%1$s-fact-2]
            explanation: TODO why the statement is true or false.
        """
        .formatted(id, quotedTitle);
  }
}
