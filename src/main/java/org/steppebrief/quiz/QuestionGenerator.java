package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.steppebrief.content.Evidence;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Origin;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;

/**
 * Questions made from facts' structured fields ({@code year}, {@code said_by}) rather than written
 * by hand. Generation is deterministic: the same library gives the same questions in the same order
 * with the same distractors, because every random choice is drawn from a {@link java.util.Random}
 * seeded with the {@link String#hashCode} of the fact's or topic's id (mixed by {@link
 * Shuffle#random}).
 *
 * <ul>
 *   <li>{@code gen-year-<fact>}: "In which year?" for a dated fact whose statement names its year
 *       once ({@link YearQuestions}).
 *   <li>{@code gen-said-by-<fact>}: "Who holds this view?" for an assessment, prediction or
 *       quotation ({@link HolderQuestions}).
 *   <li>{@code gen-order-<topic>}: a chronological ordering of 3 or 4 of a topic's dated facts
 *       ({@link ChronologyQuestions}).
 * </ul>
 *
 * <p>No distractor is true under another fact of the library; each generator says how it makes
 * sure.
 */
public final class QuestionGenerator {
  /** Every generated question's id starts with this; hand-written ids should not. */
  public static final String PREFIX = "gen-";

  private static final int QUOTE_WORDS = 30;

  private QuestionGenerator() {}

  /** Per topic in library order: per fact, its year then its holder question; then the order. */
  public static List<Question> generate(Library library) {
    YearQuestions years = new YearQuestions(library);
    HolderQuestions holders = new HolderQuestions(library);
    List<Question> out = new ArrayList<>();
    for (Topic topic : library.topics()) {
      for (Fact fact : topic.facts()) {
        years.about(fact).ifPresent(out::add);
        holders.about(fact).ifPresent(out::add);
      }
      ChronologyQuestions.about(topic, library).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  public static boolean isGenerated(Question question) {
    return question.id().startsWith(PREFIX);
  }

  static Question.QuestionInfo info(
      String id,
      String topicId,
      String prompt,
      List<String> factIds,
      String explanation,
      Level level,
      Origin origin) {
    return new Question.QuestionInfo(
        PREFIX + id,
        topicId,
        prompt,
        factIds,
        explanation,
        Optional.of(level),
        Optional.empty(),
        origin);
  }

  /** "Source: <title>: “<the quote, clipped>”", naming where the fact comes from. */
  static String sourceWords(Fact fact, Library library, int maxWords) {
    Evidence evidence = library.evidence(fact);
    return "Source: "
        + evidence.source().displayTitle()
        + ": "
        + curlyQuoted(clip(evidence.words(), maxWords));
  }

  static String sourceWords(Fact fact, Library library) {
    return sourceWords(fact, library, QUOTE_WORDS);
  }

  /** Wraps a quote in curly quotes, unless it already opens and closes with quote marks. */
  static String curlyQuoted(String text) {
    String t = text.strip();
    if (t.length() > 1
        && "“\"‘'".indexOf(t.charAt(0)) >= 0
        && "”\"’'".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return "“" + t.substring(1, t.length() - 1) + "”";
    }
    return "“" + t + "”";
  }

  /** A statement as a sentence of its own, so text can follow it. */
  static String sentence(String text) {
    String s = text.strip();
    return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
  }

  /** The first {@code maxWords} words, with "…" if there were more. */
  static String clip(String text, int maxWords) {
    String[] words = text.strip().split("\\s+");
    return words.length <= maxWords
        ? text.strip()
        : String.join(" ", Arrays.asList(words).subList(0, maxWords)) + " …";
  }
}
