package org.steppebrief.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.steppebrief.briefing.BriefingView.ActorRow;
import org.steppebrief.briefing.BriefingView.AnswerEntry;
import org.steppebrief.briefing.BriefingView.Section;
import org.steppebrief.briefing.BriefingView.Timeline;
import org.steppebrief.briefing.BriefingView.TopicEntry;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;

/**
 * Chooses what a briefing shows, from the library alone. Nothing here writes about the subject:
 * every sentence is a summary sentence, a fact's statement, a quote, a definition or an explanation
 * from the content, and each keeps its citation. The choices follow fixed rules, one class per rule
 * with the rule in its comment ({@link BottomLine}, {@link KeyFacts}, {@link DatedTimeline}, {@link
 * KeyActors}, {@link Perspectives}, {@link SwotTable}, {@link CheckQuestions}, {@link
 * GlossaryEntries}, {@link SourceList}), so the same library and options give the same briefing;
 * this class composes them.
 */
public final class BriefingViews {
  /** Questions on paper are shuffled with this seed, so every printing letters them alike. */
  static final long PRINT_SEED = 1L;

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Library library;
  private final BriefingFacts facts;
  private final BottomLine bottomLine;
  private final KeyFacts keyFacts;
  private final DatedTimeline timeline;
  private final KeyActors actors;
  private final Perspectives perspectives;
  private final SwotTable swot;
  private final GlossaryEntries glossary;
  private final SourceList sources;

  BriefingViews(Library library) {
    this.library = library;
    this.facts = new BriefingFacts(library);
    this.bottomLine = new BottomLine(facts);
    this.keyFacts = new KeyFacts(facts);
    this.timeline = new DatedTimeline(facts);
    this.actors = new KeyActors(facts);
    this.perspectives = new Perspectives(facts);
    this.swot = new SwotTable(facts);
    this.glossary = new GlossaryEntries(facts);
    this.sources = new SourceList(facts);
  }

  /** The topics asked for, in the order asked, or every topic; an unknown id is an error. */
  public static List<Topic> topics(Library library, List<String> ids) {
    if (ids.isEmpty()) {
      return library.topics();
    }
    List<Topic> out = new ArrayList<>();
    for (String id : ids) {
      Topic topic =
          library
              .topic(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown topic `"
                              + id
                              + "`; topics are: "
                              + String.join(
                                  ", ", library.topics().stream().map(Topic::id).toList())));
      if (!out.contains(topic)) {
        out.add(topic);
      }
    }
    return out;
  }

  BriefingView view(BriefingOptions options) {
    List<Topic> topics = topics(library, options.topicIds());
    List<TopicEntry> entries = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      entries.add(new TopicEntry(anchor(topics.get(i)), i + 1, topics.get(i).title()));
    }
    List<Section> sections = new ArrayList<>();
    List<AnswerEntry> answers = new ArrayList<>();
    int questionNumber = 0;
    if (!options.summary()) {
      for (int i = 0; i < topics.size(); i++) {
        Topic topic = topics.get(i);
        List<PrintedQuestion> questions = new ArrayList<>();
        for (Question q : CheckQuestions.of(topic)) {
          questionNumber++;
          PrintedQuestion printed =
              PrintedQuestion.of(
                  questionNumber,
                  q,
                  PRINT_SEED,
                  q.info().explanation(),
                  facts.cite(q.info().factIds()));
          questions.add(printed);
          answers.add(
              new AnswerEntry(
                  printed.number(),
                  topic.title(),
                  printed.answer(),
                  printed.explanation(),
                  printed.cite()));
        }
        sections.add(section(topic, i + 1, questions));
      }
    }
    String title = title(library, topics);
    return new BriefingView(
        title,
        title.equals(library.pack().title()) ? library.pack().subtitle().orElse("") : "",
        library.pack().language(),
        options.summary() ? "One-page summary" : "Study briefing",
        options.edition(),
        options.paper(),
        options.summary(),
        options.date().format(DATE),
        library.version(),
        entries,
        bottomLine.of(topics),
        sections,
        options.summary() ? List.of() : glossary.of(topics),
        sources.of(),
        options.edition().hasAnswers() ? answers : List.of());
  }

  /**
   * A single topic's briefing takes the topic's title; any other takes the pack's ({@code
   * pack.yaml}, or what the content gives when there is none), so the program names no subject.
   */
  public static String title(Library library, List<Topic> topics) {
    return topics.size() == 1 ? topics.get(0).title() : library.pack().title();
  }

  static String anchor(Topic topic) {
    return "topic-" + topic.id();
  }

  /**
   * A topic's section. A fact is shown once: the timeline's facts first, then the actors table's,
   * and the key facts are chosen from what neither shows.
   */
  private Section section(Topic topic, int number, List<PrintedQuestion> questions) {
    Timeline dated = timeline.of(topic);
    Set<String> shown = new HashSet<>();
    if (dated != null) {
      timeline.facts(topic).forEach(f -> shown.add(f.id()));
    }
    List<ActorRow> actorRows = actors.of(topic, shown);
    return new Section(
        anchor(topic),
        number,
        topic.title(),
        topic.objectives().stream().map(o -> o.text()).toList(),
        topic.summary().sentences().stream().map(facts::sentence).toList(),
        keyFacts.of(topic, shown),
        dated,
        actorRows,
        perspectives.of(topic),
        swot.of(topic),
        questions);
  }

  public static String date(LocalDate date) {
    return date.format(DATE);
  }
}
