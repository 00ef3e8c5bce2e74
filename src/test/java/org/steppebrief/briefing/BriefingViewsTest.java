package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** What the briefing chooses to show, checked on the view before any PDF is made. */
class BriefingViewsTest {
  private final Library library = Samples.library();
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
    assertThat(full.bluf()).hasSizeBetween(3, 5);
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
                    List.of("kazbrig-peacekeeping"),
                    Edition.STUDENT,
                    Paper.A4,
                    false,
                    Samples.DATE));
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
    assertThat(section("membership-debate").perspectives())
        .extracting(BriefingView.Perspective::holder)
        .contains("Azimbai Gali", "Sagadat Nurmaganbetov");
    assertThat(full.sections())
        .anySatisfy(s -> assertThat(s.actors()).hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void timelineMarksEachYearOfTheTopicsDatedFactsInOrder() {
    BriefingView.Timeline timeline = section("partnership-mechanisms").timeline();
    assertThat(timeline).isNotNull();
    assertThat(timeline.marks())
        .extracting(BriefingView.Mark::year)
        .containsSubsequence(1994, 2002, 2004, 2006);
    assertThat(timeline.marks()).extracting(BriefingView.Mark::x).isSorted();
    assertThat(timeline.marks().get(0).x()).isEqualTo(60);
    assertThat(timeline.marks().get(timeline.marks().size() - 1).x()).isEqualTo(940);
    assertThat(timeline.entries()).allSatisfy(e -> assertThat(e.cite()).isNotBlank());
    // A topic whose facts name no year, or only one, gets no timeline.
    assertThat(section("swot-analysis").timeline()).isNull();
  }

  @Test
  void swotTakesTheSourcesOwnHeadingsAndItemsInItsWords() {
    BriefingView.Swot swot = section("swot-analysis").swot();
    assertThat(swot.quadrants())
        .extracting(BriefingView.Quadrant::heading)
        .containsExactly("Strengths", "Weaknesses", "Opportunities", "Challenges and threats");
    assertThat(swot.quadrants()).extracting(q -> q.items().size()).containsExactly(7, 5, 7, 8);
    assertThat(swot.at(0).items().get(0).text())
        .isEqualTo(
            "Observing multivectoral principles in Kazakhstan’s international military cooperation.");
    assertThat(swot.caption()).contains("Timur Shaymergenov and Marat Biekenov");
    assertThat(section("membership-debate").swot()).isNull();
  }

  @Test
  void sourcesSayWhatIsStatedInferredOrUnknownAndNeverInventAValue() {
    BriefingView.SourceEntry panfilova = full.sources().get(0);
    assertThat(panfilova.label()).isEqualTo("Panfilova");
    BriefingView.DetailRow date =
        panfilova.details().stream().filter(d -> d.name().equals("Date")).findFirst().orElseThrow();
    assertThat(date.value()).isEqualTo("2015");
    assertThat(date.status()).isEqualTo("inferred");
    assertThat(date.evidence()).contains("this year");
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
    BriefingView.SourceEntry caspian =
        full.sources().stream()
            .filter(s -> s.originalTitle().startsWith("Зачем"))
            .findFirst()
            .orElseThrow();
    // No stated author: cited by a short title, never by a name the text does not give.
    assertThat(caspian.byAuthors()).isFalse();
    assertThat(caspian.label()).isEqualTo("Why Kazakhstan is calling NATO…");
  }

  @Test
  void glossaryKeepsOnlyTermsTheChosenTopicsUse() {
    assertThat(full.glossary()).hasSize(library.glossary().size());
    BriefingView kazbrig =
        new BriefingViews(library)
            .view(
                new BriefingOptions(
                    List.of("kazbrig-peacekeeping"),
                    Edition.STUDENT,
                    Paper.A4,
                    false,
                    Samples.DATE));
    assertThat(kazbrig.glossary()).isNotEmpty().hasSizeLessThan(full.glossary().size());
    assertThat(kazbrig.glossary()).allSatisfy(g -> assertThat(g.cite()).isNotBlank());
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
        .hasMessageContaining("kazbrig-peacekeeping");
  }

  @Test
  void fileNamesSayWhatIsInTheFile() {
    assertThat(BriefingOptions.defaults(Samples.DATE).fileName())
        .isEqualTo("briefing-2026-11-25-student-a4.pdf");
    assertThat(
            new BriefingOptions(
                    List.of("kazbrig-peacekeeping"),
                    Edition.INSTRUCTOR,
                    Paper.LETTER,
                    true,
                    Samples.DATE)
                .fileName())
        .isEqualTo("briefing-2026-11-25-kazbrig-peacekeeping-summary-instructor-letter.pdf");
    assertThat(Samples.worksheetOptions(Variant.B, Edition.STUDENT).fileName())
        .isEqualTo("worksheet-2026-11-25-seed-42-B-student-a4.pdf");
  }

  @Test
  void footnotesPerspectivesAndSwotQuoteTheSourcesOwnCharactersNotTheTypedQuote() {
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
