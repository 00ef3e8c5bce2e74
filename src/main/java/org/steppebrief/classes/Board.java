package org.steppebrief.classes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Response;
import org.steppebrief.quiz.ResponseCodec;

/**
 * What the results board of one assignment shows: a result per member and the item analysis over
 * each member's counted attempt (the best score; of equal scores, the first). Attempts of learners
 * no longer in the class are left out.
 */
public record Board(
    Assignment assignment,
    List<LearnerResult> learners,
    ItemStatistics.Analysis analysis,
    int answers) {
  public Board {
    learners = List.copyOf(learners);
  }

  public static Board build(
      Assignment assignment,
      List<Member> members,
      List<ClassStore.AttemptRow> attempts,
      Function<String, Optional<Question>> questions,
      Function<String, String> passageOf) {
    List<Item> items = new ArrayList<>();
    Map<String, Question> byId = new HashMap<>();
    for (String id : assignment.questionIds()) {
      Optional<Question> q = questions.apply(id);
      q.ifPresent(found -> byId.put(id, found));
      items.add(
          q.map(Board::item)
              .orElse(
                  new Item(
                      id,
                      "removed",
                      "(removed from the content)",
                      List.of(),
                      Set.of(),
                      List.of())));
    }
    Map<String, List<ClassStore.AttemptRow>> byLearner = new HashMap<>();
    int answers = 0;
    for (ClassStore.AttemptRow a : attempts) {
      byLearner.computeIfAbsent(a.learnerId(), k -> new ArrayList<>()).add(a);
      answers += a.answers().size();
    }
    List<LearnerResult> results = new ArrayList<>();
    Map<String, Map<String, Mark>> marks = new HashMap<>();
    for (Member m : members) {
      List<ClassStore.AttemptRow> own = byLearner.getOrDefault(m.learnerId(), List.of());
      if (own.isEmpty()) {
        results.add(
            new LearnerResult(
                m.learnerId(),
                m.name(),
                Optional.empty(),
                Optional.empty(),
                0,
                0,
                0,
                assignment.questionIds().size(),
                Map.of()));
        continue;
      }
      ClassStore.AttemptRow counted = own.get(0);
      for (ClassStore.AttemptRow a : own) {
        if (score(a) > score(counted)) {
          counted = a;
        }
      }
      Map<String, Mark> learnerMarks = new HashMap<>();
      for (ClassStore.AnswerRow answer : counted.answers()) {
        Question q = byId.get(answer.questionId());
        learnerMarks.put(
            answer.questionId(),
            new Mark(
                Math.max(0, Math.min(1, answer.score())),
                q == null ? List.of() : chosen(q, answer.response())));
      }
      marks.put(m.learnerId(), learnerMarks);
      results.add(
          new LearnerResult(
              m.learnerId(),
              m.name(),
              Optional.of(own.get(0).createdAt()),
              counted.finishedAt(),
              own.size(),
              counted.answers().size(),
              score(counted),
              assignment.questionIds().size(),
              learnerMarks));
    }
    return new Board(assignment, results, ItemStatistics.analyse(items, marks, passageOf), answers);
  }

  static double score(ClassStore.AttemptRow a) {
    return a.answers().stream().mapToDouble(ClassStore.AnswerRow::score).sum();
  }

  /** A content question as item analysis sees it: only choice questions have choice counts. */
  static Item item(Question q) {
    List<String> choices = List.of();
    Set<String> right = Set.of();
    if (q instanceof Question.SingleChoice s) {
      choices = s.choices();
      right = Set.of(s.answer());
    } else if (q instanceof Question.MultiChoice m) {
      choices = m.choices();
      right = new LinkedHashSet<>(m.answers());
    } else if (q instanceof Question.TrueFalse t) {
      choices = List.of("True", "False");
      right = Set.of(t.answer() ? "True" : "False");
    }
    return new Item(q.id(), q.type().key(), q.info().prompt(), choices, right, q.info().factIds());
  }

  /** The choices a stored response picked, as texts; none for other kinds of response. */
  static List<String> chosen(Question q, String stored) {
    Response r = ResponseCodec.decode(q.type(), stored);
    if (r instanceof Response.Choice c) {
      return List.of(c.choice());
    } else if (r instanceof Response.Choices c) {
      return List.copyOf(c.choices());
    } else if (r instanceof Response.Truth t) {
      return List.of(t.value() ? "True" : "False");
    }
    return List.of();
  }
}
