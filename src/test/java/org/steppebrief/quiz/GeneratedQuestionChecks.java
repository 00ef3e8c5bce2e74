package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * Checks every generated question against the library, independently of how the generators choose:
 * each is well formed, and no distractor is made true by another fact.
 */
final class GeneratedQuestionChecks {
  private GeneratedQuestionChecks() {}

  static void assertWellFormed(Library library, List<Question> generated) {
    Map<String, Fact> facts = library.factsById();
    Set<String> ids = new HashSet<>();
    library.questions().forEach(q -> ids.add(q.id()));
    for (Question q : generated) {
      assertThat(q.id()).startsWith("gen-");
      assertThat(ids.add(q.id())).as("unique id %s", q.id()).isTrue();
      assertThat(library.topic(q.info().topicId())).as("topic of %s", q.id()).isPresent();
      assertThat(q.info().factIds())
          .isNotEmpty()
          .allSatisfy(id -> assertThat(facts).containsKey(id));
      assertThat(q.info().level()).isPresent();
      assertThat(q.info().objectiveId()).isEmpty();
      assertThat(q.info().explanation()).isNotBlank();
      assertThat(Grader.grade(q, rightResponse(q)).correct()).as("answerable %s", q.id()).isTrue();
      if (q instanceof Question.SingleChoice single) {
        assertThat(single.choices()).doesNotHaveDuplicates().contains(single.answer());
        assertThat(single.choices().size()).isBetween(3, 4);
      } else if (q instanceof Question.Ordering ordering) {
        assertThat(ordering.items()).doesNotHaveDuplicates().hasSizeBetween(3, 4);
        List<Integer> years =
            q.info().factIds().stream().map(id -> facts.get(id).year().orElseThrow()).toList();
        for (int i = 1; i < years.size(); i++) {
          assertThat(years.get(i))
              .as("strictly later in %s", q.id())
              .isGreaterThan(years.get(i - 1));
        }
        for (int i = 0; i < years.size(); i++) {
          assertThat(ordering.items().get(i))
              .isEqualTo(ChronologyQuestions.withoutYear(facts.get(q.info().factIds().get(i))));
        }
      }
    }
  }

  static void assertNoDistractorIsTrue(Library library, List<Question> generated) {
    Map<String, Fact> facts = library.factsById();
    for (Question q : generated) {
      Fact fact = facts.get(q.info().factIds().get(0));
      if (q.id().startsWith("gen-year-")) {
        Question.SingleChoice single = (Question.SingleChoice) q;
        assertThat(single.answer()).isEqualTo(String.valueOf(fact.year().orElseThrow()));
        for (String choice : single.choices()) {
          if (!choice.equals(single.answer())) {
            assertYearIsFalse(library, fact, Integer.parseInt(choice), q.id());
          }
        }
      } else if (q.id().startsWith("gen-said-by-")) {
        Question.SingleChoice single = (Question.SingleChoice) q;
        assertThat(single.answer()).isEqualTo(fact.saidBy().orElseThrow());
        for (String choice : single.choices()) {
          if (!choice.equals(single.answer())) {
            assertHolderIsFalse(library, fact, choice, q.id());
          }
        }
      }
    }
  }

  private static void assertYearIsFalse(Library library, Fact fact, int year, String questionId) {
    String blanked = blank(fact.statement(), fact.year().orElseThrow());
    assertThat(fact.statement())
        .as("%s shows distractor %d", questionId, year)
        .doesNotContain(String.valueOf(year));
    for (Fact other : library.facts()) {
      if (other.year().isEmpty() || other.year().get() != year) {
        continue;
      }
      if (fact.programme().isPresent()) {
        assertThat(other.programme())
            .as("%s: %d is %s's year for the same programme", questionId, year, other.id())
            .isNotEqualTo(fact.programme());
      }
      assertThat(AnswerFolding.fold(blank(other.statement(), year)))
          .as("%s: %s says the same of %d", questionId, other.id(), year)
          .isNotEqualTo(AnswerFolding.fold(blanked));
    }
  }

  private static void assertHolderIsFalse(
      Library library, Fact fact, String holder, String questionId) {
    String truth = AnswerFolding.fold(fact.saidBy().orElseThrow());
    String folded = AnswerFolding.fold(holder);
    assertThat(truth.contains(folded) || folded.contains(truth))
        .as("%s: %s may be %s", questionId, holder, truth)
        .isFalse();
    String quote = AnswerFolding.fold(fact.quote());
    for (Fact other : library.facts()) {
      if (other.saidBy().filter(holder::equals).isPresent()) {
        assertThat(AnswerFolding.fold(other.quote()))
            .as("%s: %s (%s) has the same words", questionId, holder, other.id())
            .isNotEqualTo(quote);
      }
    }
  }

  private static String blank(String statement, int year) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + year + "(?![\\p{L}\\p{N}])")
        .matcher(statement)
        .replaceAll("YEAR");
  }

  private static Response rightResponse(Question q) {
    if (q instanceof Question.SingleChoice single) {
      return new Response.Choice(single.answer());
    }
    if (q instanceof Question.Ordering ordering) {
      return new Response.Order(ordering.items());
    }
    throw new AssertionError("generators make single-choice and ordering only: " + q.id());
  }
}
