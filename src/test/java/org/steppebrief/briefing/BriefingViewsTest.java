package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.steppebrief.briefing.BriefingView.CitedSentence;
import org.steppebrief.briefing.BriefingView.Section;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Library;
import org.steppebrief.content.RetypedQuotes;
import org.steppebrief.content.Topic;

/**
 * What the briefing chooses to show, checked on the view before any PDF is made, from the small
 * briefing fixture library (src/test/resources/fixtures/briefing), so that a change to the shipped
 * content never changes what these tests pin.
 */
class BriefingViewsTest {
  private final Library library = Samples.briefingFixture();
  private final BriefingView full =
      new BriefingViews(library)
          .view(new BriefingOptions(List.of(), Edition.INSTRUCTOR, Paper.A4, false, Samples.DATE));

  private Section section(String topicId) {
    return full.sections().stream()
        .filter(s -> s.anchor().equals("topic-" + topicId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void bottomLineUpFrontIsThreeToFiveOpeningSummarySentencesEachCited() {
    assertThat(full.bluf())
        .extracting(CitedSentence::text)
        .containsExactly(
            "Kazakhstan joined the Partnership for Peace in 1994.",
            "According to Bea Writer, membership of the Alliance is not on the agenda.",
            "The review lists modern armed forces among the strengths.");
    Set<String> openings =
        library.topics().stream()
            .map(t -> t.summary().sentences().get(0).text())
            .collect(Collectors.toSet());
    for (CitedSentence s : full.bluf()) {
      assertThat(openings).contains(s.text());
      assertThat(s.notes()).isNotEmpty();
    }
    BriefingView one =
        new BriefingViews(library)
            .view(
                new BriefingOptions(
                    List.of("partnership"), Edition.STUDENT, Paper.A4, false, Samples.DATE));
    assertThat(one.bluf()).hasSize(3);
  }

  @Test
  void everySummarySentenceFootnotesTheWordsOfEachPassageItRestsOn() {
    Map<String, Fact> facts = library.factsById();
    for (Topic topic : library.topics()) {
      Section section = section(topic.id());
      assertThat(section.summary()).hasSameSizeAs(topic.summary().sentences());
      for (int i = 0; i < section.summary().size(); i++) {
        CitedSentence printed = section.summary().get(i);
        List<Fact> cited =
            topic.summary().sentences().get(i).factIds().stream().map(facts::get).toList();
        List<String> words =
            printed.notes().stream()
                .flatMap(n -> n.quotes().stream())
                .map(q -> q.words().replace(" …", ""))
                .toList();
        assertThat(words).isNotEmpty();
        for (String w : words) {
          assertThat(cited).anySatisfy(f -> assertThat(library.evidence(f).words()).startsWith(w));
        }
        assertThat(printed.cite()).isNotBlank();
      }
    }
  }

  @Test
  void keyFactsAndActorsShowOnlyPlainFactsAndViewsAppearWithTheirHolders() {
    Map<String, Fact> byStatement =
        library.facts().stream().collect(Collectors.toMap(Fact::statement, f -> f, (a, b) -> a));
    for (Section section : full.sections()) {
      section
          .keyFacts()
          .forEach(k -> assertThat(byStatement.get(k.text()).kind()).isEqualTo(FactKind.FACT));
      section
          .actors()
          .forEach(
              a -> assertThat(byStatement.get(a.said().text()).kind()).isEqualTo(FactKind.FACT));
      for (BriefingView.Perspective p : section.perspectives()) {
        Fact view =
            library.facts().stream()
                .filter(f -> library.evidence(f).words().equals(p.quote()))
                .findFirst()
                .orElseThrow();
        assertThat(view.saidBy()).contains(p.holder());
        assertThat(view.kind().needsHolder()).isTrue();
      }
    }
    assertThat(section("views").perspectives())
        .extracting(BriefingView.Perspective::holder, BriefingView.Perspective::quote)
        .containsExactly(
            tuple("Bea Writer", "membership of the Alliance is not on the agenda"),
            tuple(
                "Cy Analyst",
                "Cy Analyst expects that the partnership will deepen within ten years."));
    assertThat(section("views").keyFacts())
        .extracting(BriefingView.Cited::text)
        .containsExactly("An unsigned note says that the steppe lies between East and West.");
    // Four actors are each named by two or more plain facts; each comes with a fact that neither
    // the timeline nor another actor's row shows, the one naming the fewest others first.
    assertThat(section("partnership").actors())
        .extracting(
            BriefingView.ActorRow::actor, BriefingView.ActorRow::facts, r -> r.said().text())
        .containsExactly(
            tuple("Kazakhstan", 6, "NATO advisers visit Kazakhstan every year."),
            tuple(
                "NATO",
                4,
                "Every summer the United States, NATO and Kazakhstan hold the exercise Steppe Eagle."),
            tuple("United States", 3, "Kazbrig served in Iraq alongside the United States."),
            tuple(
                "Kazbrig",
                2,
                "The United States helped Kazakhstan to train its peacekeeping brigade Kazbrig."));
  }

  @Test
  void timelineMarksEachYearOfTheTopicsDatedFactsInOrder() {
    BriefingView.Timeline timeline = section("partnership").timeline();
    assertThat(timeline).isNotNull();
    assertThat(timeline.marks())
        .extracting(BriefingView.Mark::year, BriefingView.Mark::x)
        .containsExactly(tuple(1994, 60), tuple(2002, 647), tuple(2006, 940));
    assertThat(timeline.marks()).extracting(BriefingView.Mark::x).isSorted();
    assertThat(timeline.marks().get(0).x()).isEqualTo(60);
    assertThat(timeline.marks().get(timeline.marks().size() - 1).x()).isEqualTo(940);
    assertThat(timeline.entries()).allSatisfy(e -> assertThat(e.cite()).isNotBlank());
    // A topic whose facts name no year, or only one, gets no timeline.
    assertThat(section("swot").timeline()).isNull();
  }

  @Test
  void swotTakesTheSourcesOwnHeadingsAndItemsInItsWords() {
    BriefingView.Swot swot = section("swot").swot();
    assertThat(swot.quadrants())
        .extracting(BriefingView.Quadrant::heading)
        .containsExactly("Strengths", "Weaknesses", "Opportunities", "Challenges and threats");
    assertThat(swot.quadrants()).extracting(q -> q.items().size()).containsExactly(2, 1, 1, 1);
    assertThat(swot.at(0).items().get(0).text())
        .isEqualTo("Modern armed forces trained to common standards.");
    assertThat(swot.caption())
        .isEqualTo("The SWOT analysis as Bea Writer and Cy Analyst set it out, in their words");
    assertThat(section("views").swot()).isNull();
  }

  @Test
  void sourcesSayWhatIsStatedInferredOrUnknownAndNeverInventAValue() {
    BriefingView.SourceEntry review = full.sources().get(0);
    assertThat(review.label()).isEqualTo("Writer and Analyst");
    BriefingView.DetailRow date =
        review.details().stream().filter(d -> d.name().equals("Date")).findFirst().orElseThrow();
    assertThat(date.value()).isEqualTo("2010");
    assertThat(date.status()).isEqualTo("inferred");
    assertThat(date.evidence()).contains("this decade");
    for (BriefingView.SourceEntry source : full.sources()) {
      for (BriefingView.DetailRow d : source.details()) {
        if (d.status().equals("unknown")) {
          assertThat(d.value()).as(source.title() + " " + d.name()).isEqualTo("not known");
        }
        if (d.status().equals("inferred")) {
          assertThat(d.evidence()).as(source.title() + " " + d.name()).isNotBlank();
        }
      }
    }
    BriefingView.SourceEntry note =
        full.sources().stream()
            .filter(s -> s.originalTitle().startsWith("Зачем"))
            .findFirst()
            .orElseThrow();
    // No stated author: cited by a short title, never by a name the text does not give.
    assertThat(note.byAuthors()).isFalse();
    assertThat(note.label()).isEqualTo("Why the steppe matters…");
  }

  @Test
  void glossaryKeepsOnlyTermsTheChosenTopicsUse() {
    assertThat(full.glossary())
        .extracting(BriefingView.GlossaryEntry::term)
        .containsExactly("PfP", "membership", "CSTO");
    BriefingView partnershipOnly =
        new BriefingViews(library)
            .view(
                new BriefingOptions(
                    List.of("partnership"), Edition.STUDENT, Paper.A4, false, Samples.DATE));
    assertThat(partnershipOnly.glossary())
        .extracting(BriefingView.GlossaryEntry::term)
        .containsExactly("PfP");
    assertThat(partnershipOnly.glossary()).allSatisfy(g -> assertThat(g.cite()).isNotBlank());
  }

  @Test
  void answersAreOnlyInTheInstructorEditionAndNumberedAsTheQuestions() {
    assertThat(full.answers())
        .hasSize(full.sections().stream().mapToInt(s -> s.questions().size()).sum());
    assertThat(full.answers())
        .extracting(BriefingView.AnswerEntry::number)
        .isSorted()
        .doesNotHaveDuplicates();
    BriefingView student = new BriefingViews(library).view(BriefingOptions.defaults(Samples.DATE));
    assertThat(student.answers()).isEmpty();
    assertThat(student.sections()).allSatisfy(s -> assertThat(s.questions()).hasSizeBetween(1, 3));
  }

  @Test
  void anUnknownTopicIsRefusedWithTheTopicsThereAre() {
    assertThatThrownBy(
            () ->
                new BriefingViews(library)
                    .view(
                        new BriefingOptions(
                            List.of("no-such-topic"),
                            Edition.STUDENT,
                            Paper.A4,
                            false,
                            Samples.DATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown topic `no-such-topic`")
        .hasMessageContaining("partnership");
  }

  @Test
  void fileNamesSayWhatIsInTheFile() {
    assertThat(BriefingOptions.defaults(Samples.DATE).fileName())
        .isEqualTo("briefing-2026-11-25-student-a4.pdf");
    assertThat(
            new BriefingOptions(
                    List.of("partnership"), Edition.INSTRUCTOR, Paper.LETTER, true, Samples.DATE)
                .fileName())
        .isEqualTo("briefing-2026-11-25-partnership-summary-instructor-letter.pdf");
    assertThat(Samples.worksheetOptions(Variant.B, Edition.STUDENT).fileName())
        .isEqualTo("worksheet-2026-11-25-seed-42-B-student-a4.pdf");
  }

  @Test
  void footnotesPerspectivesAndSwotQuoteTheSourcesOwnCharactersNotTheTypedQuote() {
    // The shipped content, because it is where the typed quotes differ from their sources.
    Library library = Samples.library();
    List<Fact> retyped = RetypedQuotes.of(library);
    assertThat(retyped).hasSize(RetypedQuotes.SHIPPED);
    Citations citations = new Citations(library);
    for (Fact fact : retyped) {
      String words = library.evidence(fact).words();
      List<BriefingView.Quote> quotes = citations.notes(List.of(fact)).get(0).quotes();
      assertThat(quotes)
          .extracting(BriefingView.Quote::words)
          .as(fact.id())
          .containsExactly(Citations.excerpt(words));
    }
    BriefingView all =
        new BriefingViews(library)
            .view(
                new BriefingOptions(List.of(), Edition.INSTRUCTOR, Paper.A4, false, Samples.DATE));
    java.util.Set<String> typedOnly = new java.util.HashSet<>();
    for (Fact fact : retyped) {
      String words = library.evidence(fact).words();
      if (!Citations.excerpt(fact.quote()).equals(Citations.excerpt(words))) {
        typedOnly.add(Citations.excerpt(fact.quote()));
      }
      typedOnly.add(fact.quote());
    }
    assertThat(typedOnly).hasSizeGreaterThan(RetypedQuotes.SHIPPED);
    List<String> printed = new java.util.ArrayList<>();
    for (BriefingView.Section section : all.sections()) {
      section.summary().stream()
          .flatMap(s -> s.notes().stream())
          .flatMap(n -> n.quotes().stream())
          .forEach(q -> printed.add(q.words()));
      section.perspectives().forEach(p -> printed.add(p.quote()));
      if (section.swot() != null) {
        section.swot().quadrants().forEach(q -> q.items().forEach(c -> printed.add(c.text())));
      }
    }
    assertThat(printed).isNotEmpty().doesNotContainAnyElementsOf(typedOnly);
  }
}
