package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * "In which year?" questions: a fact's statement with its year blanked out, the true year and three
 * years from other facts.
 *
 * <p>A fact qualifies when its statement names its {@code year} as a whole word exactly once
 * (statements are free text, so the blank can only go where the year is). Distractor years come
 * from other facts, preferring the same topic, then the same source, then any, each tier in an
 * order shuffled by the fact's seed. A year is never a distractor when it could be true or is
 * confusing:
 *
 * <ul>
 *   <li>it is the year of a fact with the same {@code programme} (a programme's other dates are
 *       claims about it too);
 *   <li>another fact's statement, with its year blanked, reads the same (after {@link
 *       AnswerFolding}) as this one: that fact makes the year true;
 *   <li>it appears elsewhere in the statement itself ("in the 2000 doctrine, while the ____
 *       doctrine"), where it would be a giveaway or a trap;
 *   <li>it names a thing of the same kind in any statement: when the year is used as a name, after
 *       a determiner and before a word ("the 2000 doctrine", "its 2001 consent") or after a
 *       capitalised word mid-sentence ("Exercise Atlas 2015", "Doctrine of 2000"), every year used
 *       with the same word is excluded, because what the statement says of the 2000 doctrine it may
 *       also say, truly, of the 2007 one.
 * </ul>
 *
 * A fact with fewer than two usable distractors gets no question.
 */
final class YearQuestions {
  static final String BLANK = "____";
  private static final int DISTRACTORS = 3;
  private static final Pattern FOUR_DIGITS =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4}(?![\\p{L}\\p{N}])");

  /** A year named by the word after it: "the 2007 doctrine", "Ireland's 2007 Defence". */
  private static final Pattern YEAR_THEN_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur"
              + "|\\p{L}+['’]s) (\\d{4}) (\\p{L}+)");

  /**
   * A year named by the capitalised word before it, mid-sentence: "Exercise Atlas 2015", "September
   * 2003", "the Military Doctrine of 2000".
   */
  private static final Pattern WORD_THEN_YEAR =
      Pattern.compile("(?<=\\S )(\\p{Lu}\\p{L}+) (?:of )?(\\d{4})(?![\\p{L}\\p{N}])");

  private final Library library;
  private final List<Fact> dated;
  private final Map<String, String> shapeById = new HashMap<>();
  private final Map<String, Set<Integer>> yearsByLabel = new HashMap<>();

  YearQuestions(Library library) {
    this.library = library;
    this.dated = library.facts().stream().filter(f -> f.year().isPresent()).toList();
    dated.forEach(f -> shapeById.put(f.id(), shape(f)));
    for (Fact fact : library.facts()) {
      labels(fact.statement())
          .forEach(l -> yearsByLabel.computeIfAbsent(l.word(), w -> new TreeSet<>()).add(l.year()));
    }
  }

  /** A year used as a name, and the folded word that says what it names ("doctrine"). */
  private record Label(int year, String word) {}

  Optional<Question> about(Fact fact) {
    if (fact.year().isEmpty()) {
      return Optional.empty();
    }
    int year = fact.year().get();
    Optional<String> blanked = blankedOnce(fact.statement(), year);
    if (blanked.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> mayBeTrue = mayBeTrue(fact, year);
    List<Integer> distractors = distractors(fact, mayBeTrue);
    if (distractors.size() < 2) {
      return Optional.empty();
    }
    TreeSet<Integer> years = new TreeSet<>(distractors);
    years.add(year);
    List<String> choices = years.stream().map(String::valueOf).toList();
    String explanation =
        QuestionGenerator.sentence(fact.statement())
            + " "
            + QuestionGenerator.sourceWords(fact, library);
    return Optional.of(
        new Question.SingleChoice(
            QuestionGenerator.info(
                "year-" + fact.id(),
                fact.topicId(),
                "In which year? " + QuestionGenerator.curlyQuoted(blanked.get()),
                List.of(fact.id()),
                explanation,
                Level.RECALL,
                fact.origin()),
            choices,
            String.valueOf(year)));
  }

  /** Years that some fact could make true in this blank, or that the statement already shows. */
  private Set<Integer> mayBeTrue(Fact fact, int year) {
    Set<Integer> out = new TreeSet<>();
    out.add(year);
    String shape = shapeById.get(fact.id());
    for (Fact other : dated) {
      int otherYear = other.year().get();
      boolean sameProgramme =
          fact.programme().isPresent()
              && other.programme().isPresent()
              && AnswerFolding.fold(fact.programme().get())
                  .equals(AnswerFolding.fold(other.programme().get()));
      boolean sameStatement = shapeById.get(other.id()).equals(shape);
      if (sameProgramme || sameStatement) {
        out.add(otherYear);
      }
    }
    Matcher m = FOUR_DIGITS.matcher(fact.statement());
    while (m.find()) {
      out.add(Integer.parseInt(m.group()));
    }
    for (Label label : labels(fact.statement())) {
      if (label.year() == year) {
        out.addAll(yearsByLabel.getOrDefault(label.word(), Set.of()));
      }
    }
    return out;
  }

  /** The years a statement uses as names, each with its naming word. */
  private static List<Label> labels(String statement) {
    List<Label> out = new ArrayList<>();
    Matcher after = YEAR_THEN_WORD.matcher(statement);
    while (after.find()) {
      out.add(new Label(Integer.parseInt(after.group(1)), AnswerFolding.fold(after.group(2))));
    }
    Matcher before = WORD_THEN_YEAR.matcher(statement);
    while (before.find()) {
      out.add(new Label(Integer.parseInt(before.group(2)), AnswerFolding.fold(before.group(1))));
    }
    return out;
  }

  private List<Integer> distractors(Fact fact, Set<Integer> excluded) {
    Random random = Shuffle.random(fact.id().hashCode());
    List<List<Fact>> tiers =
        List.of(
            dated.stream().filter(f -> f.topicId().equals(fact.topicId())).toList(),
            dated.stream().filter(f -> f.sourceId().equals(fact.sourceId())).toList(),
            dated);
    Set<Integer> picked = new LinkedHashSet<>();
    for (List<Fact> tier : tiers) {
      TreeSet<Integer> years = new TreeSet<>();
      tier.forEach(f -> years.add(f.year().get()));
      years.removeAll(excluded);
      years.removeAll(picked);
      for (int y : Shuffle.shuffled(new ArrayList<>(years), random)) {
        if (picked.size() < DISTRACTORS) {
          picked.add(y);
        }
      }
    }
    return List.copyOf(picked);
  }

  /** The statement with its year replaced by a blank, if the year occurs there exactly once. */
  static Optional<String> blankedOnce(String statement, int year) {
    Matcher m = wholeWord(year).matcher(statement);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start();
    int end = m.end();
    if (m.find()) {
      return Optional.empty();
    }
    return Optional.of(statement.substring(0, start) + BLANK + statement.substring(end));
  }

  /**
   * A dated fact's statement with every mention of its year blanked, folded part by part and joined
   * with a character folding never produces: two facts with the same shape say the same thing of
   * different years. (Folding the blank itself would erase it, as it is punctuation.)
   */
  private static String shape(Fact fact) {
    return wholeWord(fact.year().orElseThrow())
        .splitAsStream(fact.statement() + " ")
        .map(AnswerFolding::fold)
        .collect(Collectors.joining("\0"));
  }

  private static Pattern wholeWord(int year) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + year + "(?![\\p{L}\\p{N}])");
  }
}
