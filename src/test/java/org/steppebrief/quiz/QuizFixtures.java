package org.steppebrief.quiz;

import java.util.List;
import java.util.Optional;
import org.steppebrief.content.Citation;
import org.steppebrief.content.CitedText;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Library;
import org.steppebrief.content.Origin;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Role;
import org.steppebrief.corpus.Source;

/** Questions, facts and libraries built in code, so each test shows all it depends on. */
final class QuizFixtures {
  static final Origin HERE = new Origin("questions/test.yaml", 1);

  private QuizFixtures() {}

  static Question.QuestionInfo info(String id, String topicId, String... factIds) {
    return new Question.QuestionInfo(
        id,
        topicId,
        "Prompt of " + id,
        List.of(factIds),
        "Because.",
        Optional.empty(),
        Optional.empty(),
        HERE);
  }

  static Question.QuestionInfo info(String id) {
    return info(id, "topic", "fact-" + id);
  }

  static Question.SingleChoice single(String answer, String... choices) {
    return new Question.SingleChoice(info("single"), List.of(choices), answer);
  }

  static Question.MultiChoice multi(List<String> answers, String... choices) {
    return new Question.MultiChoice(info("multi"), List.of(choices), answers);
  }

  static Question.Ordering ordering(String... items) {
    return new Question.Ordering(info("ordering"), List.of(items));
  }

  static Question.Matching matching(String... leftRight) {
    List<Question.Matching.Pair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < leftRight.length; i += 2) {
      pairs.add(new Question.Matching.Pair(leftRight[i], leftRight[i + 1]));
    }
    return new Question.Matching(info("matching"), pairs);
  }

  static Question.ShortAnswer shortAnswer(String... accept) {
    return new Question.ShortAnswer(info("short"), List.of(accept));
  }

  static Question.Cloze cloze(String text) {
    return new Question.Cloze(info("cloze"), ClozeText.parse(text));
  }

  static Question.TrueFalse trueFalse(boolean answer) {
    return new Question.TrueFalse(info("tf"), answer);
  }

  /** A fact of kind {@code fact}; set the year and programme with the withers below. */
  static Fact fact(String id, String topicId, String statement) {
    return new Fact(
        id,
        topicId,
        statement,
        "quote of " + id,
        quoting("paper", id, "quote of " + id),
        FactKind.FACT,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        HERE);
  }

  static Fact dated(String id, String topicId, int year, String statement) {
    return withYear(fact(id, topicId, statement), year);
  }

  static Fact withYear(Fact f, int year) {
    return new Fact(
        f.id(),
        f.topicId(),
        f.statement(),
        f.quote(),
        f.citation(),
        f.kind(),
        f.saidBy(),
        Optional.of(year),
        f.actors(),
        f.programme(),
        f.stage(),
        f.origin());
  }

  static Fact withProgramme(Fact f, String programme) {
    return new Fact(
        f.id(),
        f.topicId(),
        f.statement(),
        f.quote(),
        f.citation(),
        f.kind(),
        f.saidBy(),
        f.year(),
        f.actors(),
        Optional.of(programme),
        f.stage(),
        f.origin());
  }

  static Fact withSource(Fact f, String sourceId) {
    return new Fact(
        f.id(),
        f.topicId(),
        f.statement(),
        f.quote(),
        quoting(sourceId, f.id(), f.quote()),
        f.kind(),
        f.saidBy(),
        f.year(),
        f.actors(),
        f.programme(),
        f.stage(),
        f.origin());
  }

  /** An assessment held by {@code saidBy}, quoting {@code quote}. */
  static Fact view(String id, String topicId, String saidBy, String quote) {
    return new Fact(
        id,
        topicId,
        "According to " + saidBy + ", " + quote + ".",
        quote,
        quoting("paper", id, quote),
        FactKind.ASSESSMENT,
        Optional.of(saidBy),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        HERE);
  }

  /** A citation of the whole of a passage of its own, which {@link #library} makes. */
  private static Citation quoting(String sourceId, String factId, String quote) {
    return new Citation(sourceId, sourceId + ":" + factId, 0, quote.length());
  }

  /**
   * A library of these facts whose sources have a passage per fact holding just its quote; a source
   * is titled by its id and names no authors.
   */
  static Library library(List<Fact> facts) {
    java.util.Map<String, List<Fact>> byTopic = new java.util.LinkedHashMap<>();
    facts.forEach(
        f -> byTopic.computeIfAbsent(f.topicId(), t -> new java.util.ArrayList<>()).add(f));
    List<Topic> topics =
        byTopic.entrySet().stream()
            .map(
                e ->
                    new Topic(
                        e.getKey(),
                        "Topic " + e.getKey(),
                        List.of(),
                        new CitedText(List.of()),
                        e.getValue(),
                        List.of(),
                        HERE))
            .toList();
    java.util.Map<String, List<Passage>> passages = new java.util.LinkedHashMap<>();
    for (Fact f : facts) {
      List<Passage> of = passages.computeIfAbsent(f.sourceId(), s -> new java.util.ArrayList<>());
      of.add(
          new Passage(
              f.citation().passageId(),
              f.sourceId(),
              of.size() + 1,
              Role.BODY,
              Passage.Kind.PARAGRAPH,
              f.quote(),
              of.size() + 1,
              of.size() + 1,
              List.of()));
    }
    List<Source> sources =
        passages.entrySet().stream()
            .map(
                e ->
                    new Source(
                        e.getKey(),
                        e.getKey() + ".txt",
                        e.getKey() + ".txt",
                        Optional.of(e.getKey()),
                        Optional.empty(),
                        "paper",
                        "en",
                        new Source.Authors(Source.Status.UNKNOWN, Optional.empty(), List.of()),
                        Source.Detail.unknown(),
                        Source.Detail.unknown(),
                        Source.Detail.unknown(),
                        Source.Detail.unknown(),
                        List.of(),
                        e.getValue(),
                        List.of()))
            .toList();
    return new Library(sources, topics, List.of(), "test");
  }
}
