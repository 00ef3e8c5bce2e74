package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * "Who holds this view?" questions: an assessment's, prediction's or quotation's quote, its holder
 * ({@code said_by}) and up to three other holders from the library, preferring the same topic.
 *
 * <p>{@code said_by} is free text, so one holder can be written several ways ("Anna Petrova", "Anna
 * Petrova (inferred: ...)", "Mikhail Gorbachov", "President Gorbachev"). A holder is never a
 * distractor when it may be the same as the true one or may hold the same words:
 *
 * <ul>
 *   <li>its folded said_by contains, or is contained in, the true one's;
 *   <li>the names before any parenthesis share a word of five or more letters (allowing one typo in
 *       words of seven or more: "Gorbachov" / "Gorbachev");
 *   <li>it has a fact whose folded quote contains, or is contained in, this fact's folded quote.
 * </ul>
 *
 * A holder that may be the same as one excluded by its quote is excluded too, and the same test
 * keeps two spellings of one other holder from both being distractors. A fact with fewer than two
 * distractors gets no question.
 */
final class HolderQuestions {
  private static final int DISTRACTORS = 3;
  private static final int NAME_WORD = 5;
  private static final int TYPO_WORD = 7;

  private final Library library;
  private final List<Fact> held;

  /**
   * The folded quote of each held fact, by position in {@link #held}: folded once, not n² times.
   */
  private final List<String> heldQuotes;

  HolderQuestions(Library library) {
    this.library = library;
    this.held = library.facts().stream().filter(f -> f.saidBy().isPresent()).toList();
    this.heldQuotes = held.stream().map(f -> AnswerFolding.fold(f.quote())).toList();
  }

  Optional<Question> about(Fact fact) {
    if (!fact.kind().needsHolder()
        || fact.saidBy().isEmpty()
        || namesHolder(fact.quote(), fact.saidBy().get())
        || isTheSourcesOwnVoice(fact)) {
      return Optional.empty();
    }
    String holder = fact.saidBy().get();
    String quote = AnswerFolding.fold(fact.quote());
    Set<String> excluded = new TreeSet<>();
    for (int i = 0; i < held.size(); i++) {
      if (quotesOverlap(quote, heldQuotes.get(i))) {
        excluded.add(held.get(i).saidBy().get());
      }
    }
    Random random = Shuffle.random(fact.id().hashCode());
    List<String> picked = new ArrayList<>();
    for (List<Fact> tier :
        List.of(held.stream().filter(f -> f.topicId().equals(fact.topicId())).toList(), held)) {
      TreeSet<String> names = new TreeSet<>();
      tier.forEach(f -> names.add(f.saidBy().get()));
      for (String name : Shuffle.shuffled(new ArrayList<>(names), random)) {
        if (picked.size() < DISTRACTORS
            && excluded.stream().noneMatch(e -> mayBeSame(e, name))
            && !mayBeSame(name, holder)
            && picked.stream().noneMatch(p -> mayBeSame(p, name))) {
          picked.add(name);
        }
      }
    }
    if (picked.size() < 2) {
      return Optional.empty();
    }
    List<String> choices = new ArrayList<>(picked);
    choices.add(random.nextInt(choices.size() + 1), holder);
    String explanation =
        "This is the view of "
            + holder
            + ". "
            + QuestionGenerator.sentence(fact.statement())
            + " "
            + QuestionGenerator.sourceWords(fact, library);
    return Optional.of(
        new Question.SingleChoice(
            QuestionGenerator.info(
                "said-by-" + fact.id(),
                fact.topicId(),
                "Who holds this view? "
                    + QuestionGenerator.curlyQuoted(library.evidence(fact).words()),
                List.of(fact.id()),
                explanation,
                Level.UNDERSTAND,
                fact.origin()),
            choices,
            holder));
  }

  /**
   * A paper's own judgements belong to its authors; asking "who holds this view?" of every one of
   * them makes the authors the answer to most questions. Views a source reports from others
   * (experts it quotes, interviewees) are what the question is for.
   */
  private boolean isTheSourcesOwnVoice(Fact fact) {
    String authors = library.source(fact.sourceId()).map(s -> s.authors().joined()).orElse("");
    return !authors.isEmpty() && mayBeSame(authors, fact.saidBy().get());
  }

  /** Whether one folded quote contains the other: then both holders hold the same words. */
  static boolean quotesOverlap(String foldedQuote, String otherFoldedQuote) {
    return foldedQuote.contains(otherFoldedQuote) || otherFoldedQuote.contains(foldedQuote);
  }

  /** Whether two said_by texts may name the same holder (see the class comment). */
  static boolean mayBeSame(String a, String b) {
    String x = AnswerFolding.fold(a);
    String y = AnswerFolding.fold(b);
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    Set<String> wordsA = nameWords(a);
    return nameWords(b).stream().anyMatch(w -> wordsA.stream().anyMatch(v -> sameWord(v, w)));
  }

  /** Whether a quote contains a word of its holder's name, so the prompt gives the answer. */
  static boolean namesHolder(String quote, String holder) {
    List<String> words = Arrays.asList(AnswerFolding.fold(quote).split(" "));
    return nameWords(holder).stream().anyMatch(n -> words.stream().anyMatch(w -> sameWord(w, n)));
  }

  /** Equal, or one edit apart when both are long enough that one edit is a typo, not a word. */
  private static boolean sameWord(String a, String b) {
    return a.equals(b) || Math.min(a.length(), b.length()) >= TYPO_WORD && withinOneEdit(a, b);
  }

  /** The folded words of five or more letters before any parenthesis. */
  private static Set<String> nameWords(String saidBy) {
    int paren = saidBy.indexOf('(');
    String name = AnswerFolding.fold(paren < 0 ? saidBy : saidBy.substring(0, paren));
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(name.split(" "))
        .filter(w -> w.codePointCount(0, w.length()) >= NAME_WORD)
        .forEach(out::add);
    return out;
  }

  /** Levenshtein distance at most one: one letter inserted, removed or changed. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (i == shorter.length()) {
      return true;
    }
    String restLonger = longer.substring(i + 1);
    return shorter.length() == longer.length()
        ? shorter.substring(i + 1).equals(restLonger)
        : shorter.substring(i).equals(restLonger);
  }
}
