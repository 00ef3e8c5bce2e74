package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.QuestionBank;
import org.steppebrief.quiz.QuizDraw;
import org.steppebrief.quiz.Shuffle;

/**
 * Chooses a worksheet's questions and their order. The draw is the quiz's own ({@link QuizDraw}
 * over the hand-written and generated questions), from the seed; variant A shows the drawn order,
 * variant B the same questions in another order from the same seed, and each variant letters
 * choices in its own order, so neighbouring desks cannot copy answers by position.
 */
final class WorksheetViews {
  private final Library library;
  private final Citations citations;

  WorksheetViews(Library library) {
    this.library = library;
    this.citations = new Citations(library);
  }

  WorksheetView view(WorksheetOptions options) {
    List<Topic> topics = BriefingViews.topics(library, options.topicIds());
    List<Question> bank = QuestionBank.of(library).all();
    HashSet<String> topicIds = new HashSet<>();
    topics.forEach(t -> topicIds.add(t.id()));
    List<Question> drawn =
        QuizDraw.draw(
            bank,
            new QuizDraw.QuizRequest(topicIds, options.types(), options.count(), true),
            options.seed());
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException(
          "no questions of the chosen types in the chosen topics; choose other types or topics");
    }
    String title = BriefingViews.title(library, topics);
    return view(options, title, topics, drawn);
  }

  /** A worksheet of the questions with these ids (unknown ids are left out), in this order. */
  WorksheetView view(WorksheetOptions options, String title, List<String> questionIds) {
    QuestionBank bank = QuestionBank.of(library);
    List<Question> chosen =
        questionIds.stream().map(bank::question).flatMap(java.util.Optional::stream).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("none of the chosen questions is in the content");
    }
    java.util.LinkedHashSet<String> topicIds = new java.util.LinkedHashSet<>();
    chosen.forEach(q -> topicIds.add(q.info().topicId()));
    List<Topic> topics =
        topicIds.stream().map(id -> library.topic(id)).flatMap(java.util.Optional::stream).toList();
    return view(options, title, topics, chosen);
  }

  private WorksheetView view(
      WorksheetOptions options, String title, List<Topic> topics, List<Question> drawn) {
    List<Question> ordered = order(drawn, options.variant(), options.seed());
    long choiceSeed = options.variant() == Variant.A ? options.seed() : ~options.seed();
    List<PrintedQuestion> questions = new ArrayList<>();
    int marks = 0;
    for (Question q : ordered) {
      List<Fact> facts =
          q.info().factIds().stream().map(id -> library.fact(id).orElseThrow()).toList();
      PrintedQuestion printed =
          PrintedQuestion.of(
              questions.size() + 1, q, choiceSeed, q.info().explanation(), citations.brief(facts));
      questions.add(printed);
      marks += printed.marks();
    }
    return new WorksheetView(
        title,
        options.edition(),
        options.paper(),
        BriefingViews.date(options.date()),
        library.version(),
        options.variant(),
        Long.toUnsignedString(options.seed()),
        topics.stream().map(Topic::title).toList(),
        marks,
        questions);
  }

  /**
   * Variant A keeps the draw's order; variant B sorts the same questions by a hash of the seed and
   * each question's id, rotated by one if that happens to give A's order.
   */
  static List<Question> order(List<Question> drawn, Variant variant, long seed) {
    if (variant == Variant.A) {
      return drawn;
    }
    List<Question> b = new ArrayList<>(drawn);
    b.sort(Comparator.comparingLong((Question q) -> Shuffle.seedFor(~seed, q.id())));
    if (b.equals(drawn) && b.size() > 1) {
      Collections.rotate(b, 1);
    }
    return b;
  }
}
