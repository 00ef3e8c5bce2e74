package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;

/**
 * Warnings about hand-written questions that need the grading rules or the holder rules, so they
 * cannot be found while reading YAML; {@code check} prints them with the loader's diagnostics.
 *
 * <ul>
 *   <li>Two accepted answers of a short answer or of one cloze blank with the same {@linkplain
 *       AnswerFolding#key key}: the second says nothing the first does not (exports list the
 *       spellings of each answer themselves).
 *   <li>An accepted answer whose key is empty or only an article: no typed answer can be told apart
 *       from a wrong one by it.
 *   <li>A matching question one of whose sides names holders (every entry short and possibly the
 *       {@code said_by} of a cited fact, compared as {@link HolderQuestions} compares holders): a
 *       view on the other side carried by a fact of another holder of the question, so a student
 *       can only pair it by elimination. A right side is carried by a fact when its quote overlaps
 *       the quote of the pair's own fact (as generated holder questions refuse distractors) or when
 *       the fact's statement and quote hold at least {@value #CARRIED_SHARE} of the right side's
 *       content words (words of four or more letters outside a short list of function words,
 *       compared by their first five letters, so "Islam" and "Islamic" are one word) and at least
 *       {@value #CARRIED_WORDS} of them.
 * </ul>
 */
public final class QuestionChecks {
  static final double CARRIED_SHARE = 0.8;
  static final int CARRIED_WORDS = 4;
  private static final int HOLDER_WORDS = 12;
  private static final int STEM = 5;
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "about", "against", "also", "been", "from", "have", "into", "more", "most", "only",
          "over", "than", "that", "their", "them", "there", "these", "they", "this", "those",
          "under", "were", "what", "when", "which", "will", "with", "would", "should", "could",
          "does", "must", "because", "while", "such", "other", "some", "even", "each", "every",
          "after", "before", "between", "through");

  private QuestionChecks() {}

  public static List<Diagnostic> of(Library library) {
    Diagnostics out = new Diagnostics();
    for (Question question : library.questions()) {
      switch (question.type()) {
        case SHORT_ANSWER ->
            acceptedAnswers(out, question, "", ((Question.ShortAnswer) question).accept());
        case CLOZE -> {
          List<List<String>> blanks = ((Question.Cloze) question).text().blanks();
          for (int i = 0; i < blanks.size(); i++) {
            acceptedAnswers(out, question, "blank " + (i + 1) + " of ", blanks.get(i));
          }
        }
        case MATCHING -> holders(out, library, (Question.Matching) question);
        case SINGLE_CHOICE, MULTI_CHOICE, TRUE_FALSE, ORDERING -> {}
      }
    }
    return out.sorted();
  }

  private static Position at(Question question) {
    return new Position(question.info().origin().file(), question.info().origin().line(), 1);
  }

  private static void acceptedAnswers(
      Diagnostics out, Question question, String where, List<String> accepted) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String answer : accepted) {
      String key = AnswerFolding.key(answer);
      if (AnswerFolding.isEmptyOrArticle(key)) {
        out.warning(
            at(question),
            "accepted answer \u201c"
                + answer
                + "\u201d of "
                + where
                + question.id()
                + (key.isEmpty() ? " folds to nothing" : " is only an article"),
            "no typed answer can be told apart from a wrong one by it; write the words a student"
                + " would type");
        continue;
      }
      String first = byKey.putIfAbsent(key, answer);
      if (first != null) {
        out.warning(
            at(question),
            "accepted answers \u201c"
                + first
                + "\u201d and \u201c"
                + answer
                + "\u201d of "
                + where
                + question.id()
                + " are the same answer to the grader (both \u201c"
                + key
                + "\u201d)",
            "keep the first: case, punctuation, spacing, the periods of abbreviations and a"
                + " leading article never count, and exports list the spellings with and without"
                + " periods, hyphens and an article themselves");
      }
    }
  }

  private static void holders(Diagnostics out, Library library, Question.Matching question) {
    List<Fact> cited =
        question.info().factIds().stream()
            .map(library::fact)
            .flatMap(Optional::stream)
            .filter(f -> f.saidBy().isPresent())
            .toList();
    List<Question.Matching.Pair> pairs = question.pairs();
    List<String> holders;
    List<String> views;
    if (namesHolders(pairs.stream().map(Question.Matching.Pair::left).toList(), cited)) {
      holders = pairs.stream().map(Question.Matching.Pair::left).toList();
      views = pairs.stream().map(Question.Matching.Pair::right).toList();
    } else if (namesHolders(pairs.stream().map(Question.Matching.Pair::right).toList(), cited)) {
      holders = pairs.stream().map(Question.Matching.Pair::right).toList();
      views = pairs.stream().map(Question.Matching.Pair::left).toList();
    } else {
      return;
    }
    List<Fact> held = library.facts().stream().filter(f -> f.saidBy().isPresent()).toList();
    for (int i = 0; i < pairs.size(); i++) {
      String holder = holders.get(i);
      Optional<Fact> own =
          cited.stream()
              .filter(f -> HolderQuestions.mayBeSame(f.saidBy().get(), holder))
              .findFirst();
      for (int j = 0; j < pairs.size(); j++) {
        String other = holders.get(j);
        if (j == i || HolderQuestions.mayBeSame(other, holder)) {
          continue;
        }
        for (Fact fact : held) {
          if (HolderQuestions.mayBeSame(fact.saidBy().get(), other)
              && carries(fact, views.get(i), own)) {
            out.warning(
                at(question),
                question.id()
                    + ": \u201c"
                    + views.get(i)
                    + "\u201d is paired with "
                    + holder
                    + own.map(f -> " (" + f.id() + ")").orElse("")
                    + ", but "
                    + fact.id()
                    + " says the same from "
                    + other,
                "a student can only pair it by elimination; choose a view only one of the"
                    + " holders in the question holds");
          }
        }
      }
    }
  }

  /**
   * Whether one side of a matching question names holders: every entry is short, as names are, and
   * may be the holder of one of the facts the question cites.
   */
  private static boolean namesHolders(List<String> side, List<Fact> cited) {
    return !side.isEmpty()
        && side.stream()
            .allMatch(
                entry ->
                    entry.split("\\s+").length <= HOLDER_WORDS
                        && cited.stream()
                            .anyMatch(f -> HolderQuestions.mayBeSame(f.saidBy().get(), entry)));
  }

  /** Whether a fact carries the meaning of a right side (see the class comment). */
  static boolean carries(Fact fact, String right, Optional<Fact> own) {
    if (own.isPresent()
        && HolderQuestions.quotesOverlap(
            AnswerFolding.fold(own.get().quote()), AnswerFolding.fold(fact.quote()))) {
      return true;
    }
    Set<String> words = contentWords(right);
    if (words.isEmpty()) {
      return false;
    }
    Set<String> theirs = contentWords(fact.statement() + " " + fact.quote());
    long shared = words.stream().filter(theirs::contains).count();
    return shared >= CARRIED_WORDS && shared >= CARRIED_SHARE * words.size();
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String word : AnswerFolding.fold(text).split(" ")) {
      if (word.codePointCount(0, word.length()) >= 4 && !FUNCTION_WORDS.contains(word)) {
        out.add(word.length() > STEM ? word.substring(0, STEM) : word);
      }
    }
    return out;
  }

  /** The warnings as lines, for tests and tools that only want to know what is wrong. */
  static List<String> messages(Library library) {
    List<String> out = new ArrayList<>();
    of(library).forEach(d -> out.add(d.format()));
    return out;
  }
}
