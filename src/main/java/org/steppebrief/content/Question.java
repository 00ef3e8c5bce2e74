package org.steppebrief.content;

import java.util.List;
import java.util.Optional;

/** A hand-written question; the permitted records are the question types. */
public sealed interface Question {
  QuestionInfo info();

  QuestionType type();

  default String id() {
    return info().id();
  }

  /** What every question has, whatever its type. */
  record QuestionInfo(
      String id,
      String topicId,
      String prompt,
      List<String> factIds,
      String explanation,
      Optional<Level> level,
      Optional<String> objectiveId,
      Origin origin) {
    public QuestionInfo {
      factIds = List.copyOf(factIds);
    }
  }

  /** One right choice among several. */
  record SingleChoice(QuestionInfo info, List<String> choices, String answer) implements Question {
    public SingleChoice {
      choices = List.copyOf(choices);
    }

    @Override
    public QuestionType type() {
      return QuestionType.SINGLE_CHOICE;
    }
  }

  /** Several right choices among several. */
  record MultiChoice(QuestionInfo info, List<String> choices, List<String> answers)
      implements Question {
    public MultiChoice {
      choices = List.copyOf(choices);
      answers = List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
      return QuestionType.MULTI_CHOICE;
    }
  }

  /** The prompt is a statement; is it true? */
  record TrueFalse(QuestionInfo info, boolean answer) implements Question {
    @Override
    public QuestionType type() {
      return QuestionType.TRUE_FALSE;
    }
  }

  /** Items to put in order; {@code items} is the correct order. */
  record Ordering(QuestionInfo info, List<String> items) implements Question {
    public Ordering {
      items = List.copyOf(items);
    }

    @Override
    public QuestionType type() {
      return QuestionType.ORDERING;
    }
  }

  /** Lefts to match with rights; {@code pairs} are the correct matches. */
  record Matching(QuestionInfo info, List<Pair> pairs) implements Question {
    public Matching {
      pairs = List.copyOf(pairs);
    }

    @Override
    public QuestionType type() {
      return QuestionType.MATCHING;
    }

    /** One correct match. */
    public record Pair(String left, String right) {}
  }

  /** A typed answer, accepted in any of the listed forms. */
  record ShortAnswer(QuestionInfo info, List<String> accept) implements Question {
    public ShortAnswer {
      accept = List.copyOf(accept);
    }

    @Override
    public QuestionType type() {
      return QuestionType.SHORT_ANSWER;
    }
  }

  /** A text with blanks to fill. */
  record Cloze(QuestionInfo info, ClozeText text) implements Question {
    @Override
    public QuestionType type() {
      return QuestionType.CLOZE;
    }
  }
}
