package org.steppebrief.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.RetypedQuotes;

class CardDeckTest {
  @TempDir Path dir;

  @Test
  void aFactCardShowsTheStatementAndOnItsBackTheQuotedWordsCutAtTheCitation() {
    Library library = StudyFixtures.library(dir);
    CardDeck deck = CardDeck.of(library);
    Fact fact = library.fact("good-began-1994").orElseThrow();
    Card card = deck.card("fact:good-began-1994").orElseThrow();
    assertThat(card.kind()).isEqualTo(Card.Kind.FACT);
    assertThat(card.prompt()).isEqualTo(fact.statement());
    String passage = library.passageOf(fact).text();
    assertThat(card.answer())
        .isEqualTo(passage.substring(fact.citation().start(), fact.citation().end()))
        .isEqualTo("The partnership began in 1994 with the Partnership for Peace");
    assertThat(card.factIds()).containsExactly("good-began-1994");
    assertThat(deck.card("fact:good-bridge").orElseThrow().answer())
        .isEqualTo("the partnership is a bridge between East and West");
  }

  @Test
  void clozeCardsBlankAYearOrAHolderNamedOnceInTheStatement() {
    CardDeck deck = CardDeck.of(StudyFixtures.library(dir));
    Card year = deck.card("cloze-year:good-began-1994").orElseThrow();
    assertThat(year.prompt())
        .isEqualTo("The partnership began in ____ with the Partnership for Peace.");
    assertThat(year.answer()).isEqualTo("1994");
    assertThat(year.explanation())
        .isEqualTo("The partnership began in 1994 with the Partnership for Peace.");
    Card holder = deck.card("cloze-holder:good-bridge").orElseThrow();
    assertThat(holder.prompt())
        .isEqualTo("According to ____, the partnership is a bridge between East and West.");
    assertThat(holder.answer()).isEqualTo("the experts");
    // The programme "PfP" is not in the statement's words, so there is nothing to blank.
    assertThat(deck.card("cloze-programme:good-began-1994")).isEmpty();
  }

  @Test
  void blanksOnlyAValueThatOccursOnceAsWholeWords() {
    assertThat(CardDeck.blankedOnce("In 1994 and 1994 again.", "1994")).isEmpty();
    assertThat(CardDeck.blankedOnce("In 19945.", "1994")).isEmpty();
    assertThat(CardDeck.blankedOnce("The PfP (PfP+) began.", "PfP+"))
        .contains("The PfP (____) began.");
  }

  @Test
  void handWrittenQuestionsBecomeCardsWithTheirAnswerAndNothingThatGivesItAway() {
    CardDeck deck = CardDeck.of(StudyFixtures.library(dir));
    Card order = deck.card("question:good-q-order").orElseThrow();
    assertThat(order.options())
        .containsExactly(
            "Footnote source", "Individual Partnership Action Plan", "Partnership for Peace");
    assertThat(order.answer())
        .isEqualTo("Partnership for Peace → Individual Partnership Action Plan → Footnote source");
    assertThat(order.explanation()).isEqualTo("1994, then 2006, then 2007.");
    assertThat(deck.card("question:good-q-tf").orElseThrow().answer()).isEqualTo("True");
    Card cloze = deck.card("question:good-q-cloze").orElseThrow();
    assertThat(cloze.prompt()).isEqualTo("The partnership began in ____ with the ____.");
    assertThat(cloze.answer()).isEqualTo("The partnership began in 1994 with the PfP.");
    Card match = deck.card("question:good-q-match").orElseThrow();
    assertThat(match.options()).containsExactly("PfP = ?", "IPAP = ?", "Source = ?");
    assertThat(match.cue()).isEqualTo("Match each with one of: 1994, 2006, 2007.");
  }

  @Test
  void ordersEachTopicsCardsFactsFirstThenClozesThenQuestions() {
    CardDeck deck = CardDeck.of(StudyFixtures.library(dir));
    assertThat(deck.ofTopic("good").stream().map(Card::id).toList())
        .containsExactly(
            "fact:good-began-1994",
            "fact:good-bridge",
            "cloze-year:good-began-1994",
            "cloze-holder:good-bridge",
            "question:good-q-year",
            "question:good-q-order",
            "question:good-q-match",
            "question:good-q-tf",
            "question:good-q-short",
            "question:good-q-cloze",
            "question:good-q-multi");
    assertThat(deck.ofTopic("markup-in-content"))
        .extracting(Card::id)
        .containsExactly("fact:mic-fact", "question:mic-question");
  }

  @Test
  void theShippedLibraryGivesEveryFactACardAndEveryCardAnAnswer() {
    Library library = LibraryLoader.load(Path.of(".")).library();
    CardDeck deck = CardDeck.of(library);
    Set<String> ids = new HashSet<>();
    for (Card card : deck.cards()) {
      assertThat(ids.add(card.id())).as("unique id %s", card.id()).isTrue();
      assertThat(card.answer()).as("answer of %s", card.id()).isNotBlank();
      assertThat(card.prompt()).as("prompt of %s", card.id()).isNotBlank();
      assertThat(card.factIds()).as("evidence of %s", card.id()).isNotEmpty();
    }
    for (Fact fact : library.facts()) {
      assertThat(deck.card(CardDeck.factCardId(fact.id()))).isPresent();
    }
    List<Card> clozes = deck.cards().stream().filter(c -> c.kind() == Card.Kind.CLOZE).toList();
    assertThat(clozes).hasSizeGreaterThan(20);
    assertThat(clozes).allSatisfy(c -> assertThat(c.prompt()).contains(CardDeck.BLANK));
    assertThat(deck.cards().stream().filter(c -> c.kind() == Card.Kind.QUESTION))
        .hasSize(library.questions().size());
  }

  @Test
  void aFactCardsBackHasTheSourcesOwnCharactersWhereTheTypedQuoteDiffers() {
    Library library = RetypedQuotes.shipped();
    CardDeck deck = CardDeck.of(library);
    List<Fact> retyped = RetypedQuotes.of(library);
    assertThat(retyped).hasSize(RetypedQuotes.SHIPPED);
    for (Fact fact : retyped) {
      assertThat(deck.card(CardDeck.factCardId(fact.id())).orElseThrow().answer())
          .as(fact.id())
          .isEqualTo(library.evidence(fact).words())
          .isNotEqualTo(fact.quote());
    }
  }
}
