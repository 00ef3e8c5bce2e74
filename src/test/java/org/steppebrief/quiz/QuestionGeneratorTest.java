package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steppebrief.quiz.QuizFixtures.dated;
import static org.steppebrief.quiz.QuizFixtures.fact;
import static org.steppebrief.quiz.QuizFixtures.library;
import static org.steppebrief.quiz.QuizFixtures.view;
import static org.steppebrief.quiz.QuizFixtures.withProgramme;
import static org.steppebrief.quiz.QuizFixtures.withSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;

class QuestionGeneratorTest {
  /**
   * A small library with every trap the generators must avoid: two dates for one programme, two
   * sources giving different years for the same statement, a statement naming a second year, a
   * holder written two ways, and two holders of the same words.
   */
  static Library traps() {
    return library(
        List.of(
            withProgramme(
                dated("pfp", "mech", 1994, "Kazakhstan joined the Partnership for Peace in 1994."),
                "PfP"),
            withProgramme(
                dated(
                    "pfp-deepened",
                    "mech",
                    2000,
                    "Partnership for Peace cooperation deepened in 2000."),
                "PfP"),
            withProgramme(
                dated("ipap", "mech", 2006, "Kazakhstan signed an IPAP with NATO in 2006."),
                "IPAP"),
            withSource(
                dated(
                    "ipap-commentary",
                    "mech",
                    2008,
                    "Kazakhstan signed an IPAP with NATO in 2008."),
                "commentary"),
            dated(
                "doctrines",
                "mech",
                2007,
                "NATO was mentioned once in the 2000 doctrine but six times in the 2007 doctrine."),
            dated("twice", "mech", 2005, "The 2005 forum was held in Astana in 2005."),
            dated("unmentioned", "mech", 2010, "The paper's web page names no author."),
            dated("security", "other", 1996, "A security agreement was signed in 1996."),
            dated("parp", "other", 2002, "PARP began in 2002."),
            dated("centre", "other", 2004, "The information centre opened in 2004."),
            dated("eagle", "other", 2015, "Steppe Eagle 2015 took place in Kazakhstan."),
            view(
                "vilisov", "views", "Maksim Vilisov", "Kazakhstan is of little interest to Europe"),
            view(
                "vilisov-inferred",
                "views",
                "Maksim Vilisov (inferred: the text does not name the speaker again)",
                "the West comes only if the region is unstable"),
            view("nazarbaev", "views", "Nursultan Nazarbaev", "our country is a bridge"),
            view("nazarbayev", "views", "President Nazarbayev", "multivector policy serves us"),
            view(
                "kazantsev",
                "views",
                "Andrei Kazantsev",
                "Kazakhstan is of little interest to Europe."),
            view("reinhold", "views", "Jan Reinhold", "NATO delegates will come to Astana"),
            view("reinhold-says", "views", "Jan Reinhold", "NATO will come soon, Reinhold said"),
            view("litovkin", "views", "Viktor Litovkin", "the exercise is a signal to Moscow"),
            view(
                "authors",
                "views",
                "Timur Shaymergenov and Marat Biekenov",
                "cooperation has reached a new level"),
            withSaidBy(fact("plain", "views", "Kazakhstan is in Central Asia."), "the paper")));
  }

  private static Fact withSaidBy(Fact f, String saidBy) {
    return new Fact(
        f.id(),
        f.topicId(),
        f.statement(),
        f.quote(),
        f.citation(),
        FactKind.FACT,
        Optional.of(saidBy),
        f.year(),
        f.actors(),
        f.programme(),
        f.stage(),
        f.origin());
  }

  private static Map<String, Question> byId(List<Question> questions) {
    return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
  }

  private static List<String> choices(Map<String, Question> byId, String id) {
    assertThat(byId).containsKey(id);
    return ((Question.SingleChoice) byId.get(id)).choices();
  }

  @Test
  void everyGeneratedQuestionIsWellFormedAndNoDistractorIsTrue() {
    Library library = traps();
    List<Question> generated = QuestionGenerator.generate(library);
    GeneratedQuestionChecks.assertWellFormed(library, generated);
    GeneratedQuestionChecks.assertNoDistractorIsTrue(library, generated);
  }

  @Test
  void yearQuestionBlanksTheYearInTheStatement() {
    Question q = byId(QuestionGenerator.generate(traps())).get("gen-year-ipap");
    assertThat(q.info().prompt())
        .isEqualTo("In which year? “Kazakhstan signed an IPAP with NATO in ____.”");
    assertThat(((Question.SingleChoice) q).answer()).isEqualTo("2006");
    assertThat(q.info().factIds()).containsExactly("ipap");
    assertThat(q.info().topicId()).isEqualTo("mech");
    assertThat(q.info().level()).contains(Level.RECALL);
    assertThat(q.info().explanation())
        .startsWith("Kazakhstan signed an IPAP with NATO in 2006.")
        .contains("“quote of ipap”");
  }

  @Test
  void yearDistractorIsNeverAnotherDateOfTheSameProgramme() {
    assertThat(choices(byId(QuestionGenerator.generate(traps())), "gen-year-pfp"))
        .contains("1994")
        .doesNotContain("2000")
        .hasSize(4);
  }

  @Test
  void yearDistractorIsNeverTheYearAnotherSourceGivesForTheSameStatement() {
    Map<String, Question> byId = byId(QuestionGenerator.generate(traps()));
    assertThat(choices(byId, "gen-year-ipap")).doesNotContain("2008");
    assertThat(choices(byId, "gen-year-ipap-commentary")).doesNotContain("2006");
  }

  @Test
  void yearDistractorIsNeverAYearTheStatementAlreadyNames() {
    assertThat(choices(byId(QuestionGenerator.generate(traps())), "gen-year-doctrines"))
        .contains("2007")
        .doesNotContain("2000");
  }

  @Test
  void yearDistractorsComeFromTheSameTopicFirst() {
    List<String> mechYears = List.of("1994", "2000", "2005", "2006", "2007", "2008", "2010");
    assertThat(choices(byId(QuestionGenerator.generate(traps())), "gen-year-pfp"))
        .isSubsetOf(mechYears);
    assertThat(choices(byId(QuestionGenerator.generate(traps())), "gen-year-parp"))
        .isSubsetOf("1996", "2002", "2004", "2015");
  }

  @Test
  void skipsAFactWhoseStatementDoesNotNameItsYearExactlyOnce() {
    assertThat(QuestionGenerator.generate(traps()))
        .extracting(Question::id)
        .doesNotContain("gen-year-twice", "gen-year-unmentioned");
  }

  @Test
  void skipsAYearQuestionWithFewerThanTwoDistractors() {
    Library two =
        library(
            List.of(
                dated("a", "t", 1994, "A happened in 1994."),
                dated("b", "t", 2006, "B happened in 2006.")));
    assertThat(QuestionGenerator.generate(two)).isEmpty();
    Library three =
        library(
            List.of(
                dated("a", "t", 1994, "A happened in 1994."),
                dated("b", "t", 2006, "B happened in 2006."),
                dated("c", "u", 2010, "C happened in 2010.")));
    assertThat(choices(byId(QuestionGenerator.generate(three)), "gen-year-a"))
        .containsExactly("1994", "2006", "2010");
  }

  @Test
  void holderQuestionQuotesTheFactAndOffersOtherHolders() {
    Question q = byId(QuestionGenerator.generate(traps())).get("gen-said-by-reinhold");
    assertThat(q.info().prompt())
        .isEqualTo("Who holds this view? “NATO delegates will come to Astana”");
    assertThat(((Question.SingleChoice) q).answer()).isEqualTo("Jan Reinhold");
    assertThat(((Question.SingleChoice) q).choices()).hasSize(4).doesNotHaveDuplicates();
    assertThat(q.info().level()).contains(Level.UNDERSTAND);
    assertThat(q.info().explanation()).startsWith("This is the view of Jan Reinhold.");
  }

  @Test
  void holderDistractorIsNeverAnotherSpellingOfTheHolder() {
    Map<String, Question> byId = byId(QuestionGenerator.generate(traps()));
    assertThat(choices(byId, "gen-said-by-vilisov"))
        .doesNotContain("Maksim Vilisov (inferred: the text does not name the speaker again)");
    assertThat(choices(byId, "gen-said-by-vilisov-inferred")).doesNotContain("Maksim Vilisov");
    assertThat(choices(byId, "gen-said-by-nazarbaev")).doesNotContain("President Nazarbayev");
    assertThat(choices(byId, "gen-said-by-nazarbayev")).doesNotContain("Nursultan Nazarbaev");
  }

  @Test
  void holderDistractorNeverHoldsTheSameWords() {
    Map<String, Question> byId = byId(QuestionGenerator.generate(traps()));
    assertThat(choices(byId, "gen-said-by-vilisov")).doesNotContain("Andrei Kazantsev");
    assertThat(choices(byId, "gen-said-by-kazantsev"))
        .doesNotContain(
            "Maksim Vilisov",
            "Maksim Vilisov (inferred: the text does not name the speaker again)");
  }

  @Test
  void holderDistractorsAreNotTwoSpellingsOfOneOtherHolder() {
    for (Question q : QuestionGenerator.generate(traps())) {
      if (q.id().startsWith("gen-said-by-")) {
        List<String> choices = ((Question.SingleChoice) q).choices();
        for (int i = 0; i < choices.size(); i++) {
          for (int j = i + 1; j < choices.size(); j++) {
            assertThat(HolderQuestions.mayBeSame(choices.get(i), choices.get(j)))
                .as("%s: %s / %s", q.id(), choices.get(i), choices.get(j))
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void skipsAHolderQuestionWhoseQuoteNamesTheHolder() {
    assertThat(QuestionGenerator.generate(traps()))
        .extracting(Question::id)
        .contains("gen-said-by-reinhold")
        .doesNotContain("gen-said-by-reinhold-says");
    assertThat(HolderQuestions.namesHolder("…, says columnist Viktor Litovkin.", "Viktor Litovkin"))
        .isTrue();
    assertThat(HolderQuestions.namesHolder("NATO will come", "Jan Reinhold")).isFalse();
    // Conservative: a holder named after a country loses quotes that name the country.
    assertThat(
            HolderQuestions.namesHolder(
                "Kazakhstan’s army grows", "the Defense Minister of Kazakhstan (not named)"))
        .isTrue();
  }

  @Test
  void yearUsedAsANameNeverHasAnotherYearOfTheSameNameAsDistractor() {
    Library named =
        library(
            List.of(
                dated("doctrine-2000", "t", 2000, "The 2000 doctrine names NATO vaguely."),
                dated("doctrine-2007", "t", 2007, "The 2007 doctrine raises NATO's role."),
                dated("doctrine-of-2011", "t", 2011, "The Military Doctrine of 2011 is made up."),
                dated("eagle-2015", "t", 2015, "Kazakhstan hosted Steppe Eagle 2015 in summer."),
                dated("eagle-2014", "t", 2014, "The exercise Steppe Eagle 2014 was smaller."),
                dated("a", "t", 1994, "Something began in 1994."),
                dated("b", "t", 1996, "Something was signed in 1996."),
                dated("c", "t", 2002, "Something started in 2002."),
                dated("d", "t", 2004, "Something opened in 2004.")));
    Map<String, Question> byId = byId(QuestionGenerator.generate(named));
    assertThat(choices(byId, "gen-year-doctrine-2000")).doesNotContain("2007", "2011");
    assertThat(choices(byId, "gen-year-doctrine-2007")).doesNotContain("2000", "2011");
    assertThat(choices(byId, "gen-year-eagle-2015")).doesNotContain("2014");
    assertThat(choices(byId, "gen-year-eagle-2014")).doesNotContain("2015");
    // "Something ... in ____" names nothing, so any other year may serve.
    assertThat(choices(byId, "gen-year-a")).hasSize(4);
  }

  @Test
  void plainFactsGetNoHolderQuestion() {
    assertThat(QuestionGenerator.generate(traps()))
        .extracting(Question::id)
        .doesNotContain("gen-said-by-plain");
  }

  @Test
  void mayBeSameCatchesVariantsButNotStrangers() {
    assertThat(HolderQuestions.mayBeSame("Maksim Vilisov", "Maksim Vilisov (inferred: x)"))
        .isTrue();
    assertThat(HolderQuestions.mayBeSame("Nursultan Nazarbaev", "President Nazarbayev")).isTrue();
    assertThat(HolderQuestions.mayBeSame("the experts", "The Experts.")).isTrue();
    assertThat(HolderQuestions.mayBeSame("Jan Reinhold", "Viktor Litovkin")).isFalse();
    assertThat(
            HolderQuestions.mayBeSame(
                "Timur Shaymergenov and Marat Biekenov",
                "domestic politicians (as reported by Shaymergenov and Biekenov)"))
        .isFalse();
  }

  @Test
  void withinOneEditAllowsOneInsertionDeletionOrChange() {
    assertThat(HolderQuestions.withinOneEdit("nazarbaev", "nazarbayev")).isTrue();
    assertThat(HolderQuestions.withinOneEdit("nazarbayev", "nazarbaev")).isTrue();
    assertThat(HolderQuestions.withinOneEdit("litovkin", "litovkim")).isTrue();
    assertThat(HolderQuestions.withinOneEdit("vilisov", "vilisov")).isTrue();
    assertThat(HolderQuestions.withinOneEdit("vilisov", "vlisiov")).isFalse();
    assertThat(HolderQuestions.withinOneEdit("kazantsev", "kazantsevaa")).isFalse();
  }

  @Test
  void orderingTakesOneFactPerYearInChronologicalOrder() {
    Question q = byId(QuestionGenerator.generate(traps())).get("gen-order-other");
    assertThat(q).isInstanceOf(Question.Ordering.class);
    assertThat(((Question.Ordering) q).items())
        .containsExactly(
            "A security agreement was signed in [year].",
            "PARP began in [year].",
            "The information centre opened in [year].",
            "Steppe Eagle [year] took place in Kazakhstan.");
    assertThat(q.info().factIds()).containsExactly("security", "parp", "centre", "eagle");
    assertThat(q.info().prompt()).isEqualTo("Put these in chronological order, earliest first.");
    assertThat(q.info().explanation()).startsWith("In order: 1996: A security agreement");
  }

  @Test
  void orderingPicksAtMostFourOfManyYears() {
    Question.Ordering q =
        (Question.Ordering) byId(QuestionGenerator.generate(traps())).get("gen-order-mech");
    assertThat(q.items()).hasSize(4);
  }

  @Test
  void noOrderingWithoutThreeDistinctYears() {
    Library sameYear =
        library(
            List.of(
                dated("a", "t", 1994, "A happened in 1994."),
                dated("b", "t", 1994, "B happened in 1994 too."),
                dated("c", "t", 2006, "C happened in 2006.")));
    assertThat(QuestionGenerator.generate(sameYear)).noneMatch(q -> q instanceof Question.Ordering);
  }

  @Test
  void generationIsReproducible() {
    assertThat(QuestionGenerator.generate(traps())).isEqualTo(QuestionGenerator.generate(traps()));
  }

  @Test
  void generatedQuestionsAreMarkedAsGenerated() {
    assertThat(QuestionGenerator.generate(traps())).allMatch(QuestionGenerator::isGenerated);
    assertThat(QuestionGenerator.isGenerated(QuizFixtures.trueFalse(true))).isFalse();
  }

  @Test
  void theFixtureLibraryOffersTooFewDistractors(@TempDir Path dir) {
    Library library = LibraryLoader.load(ContentFixture.withSheets(dir, "good")).library();
    assertThat(library.facts()).hasSize(2);
    assertThat(QuestionGenerator.generate(library)).isEmpty();
  }
}
