package org.steppebrief.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.steppebrief.briefing.BriefingView.ActorRow;
import org.steppebrief.briefing.BriefingView.AnswerEntry;
import org.steppebrief.briefing.BriefingView.Cited;
import org.steppebrief.briefing.BriefingView.CitedSentence;
import org.steppebrief.briefing.BriefingView.Dated;
import org.steppebrief.briefing.BriefingView.DetailRow;
import org.steppebrief.briefing.BriefingView.GlossaryEntry;
import org.steppebrief.briefing.BriefingView.Mark;
import org.steppebrief.briefing.BriefingView.Perspective;
import org.steppebrief.briefing.BriefingView.Quadrant;
import org.steppebrief.briefing.BriefingView.Section;
import org.steppebrief.briefing.BriefingView.SourceEntry;
import org.steppebrief.briefing.BriefingView.Swot;
import org.steppebrief.briefing.BriefingView.Timeline;
import org.steppebrief.briefing.BriefingView.TopicEntry;
import org.steppebrief.content.CitedText;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Term;
import org.steppebrief.content.Topic;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * Chooses what a briefing shows, from the library alone. Nothing here writes about the subject:
 * every sentence is a summary sentence, a fact's statement, a quote, a definition or an explanation
 * from the content, and each keeps its citation. The choices follow fixed rules, written beside
 * each method, so the same library and options give the same briefing.
 */
final class BriefingViews {
  /** The bottom line up front has three to five sentences. */
  static final int BLUF_MIN = 3;

  static final int BLUF_MAX = 5;

  static final int KEY_FACTS = 3;
  static final int ACTORS = 4;
  static final int PERSPECTIVES = 4;
  static final int QUESTIONS_PER_TOPIC = 3;
  static final int TIMELINE_ENTRIES = 6;

  /** Questions on paper are shuffled with this seed, so every printing letters them alike. */
  static final long PRINT_SEED = 1L;

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final Pattern SWOT_HEADING =
      Pattern.compile(
          "(?i)^(strengths|weaknesses|opportunities|(?:[\\p{L} ]+ and )?threats)\\s*:?$");

  private final Library library;
  private final Citations citations;
  private final Map<String, Fact> facts;
  private final Map<String, Integer> questionsPerFact = new HashMap<>();

  BriefingViews(Library library) {
    this.library = library;
    this.citations = new Citations(library);
    this.facts = library.factsById();
    for (Question q : library.questions()) {
      for (String id : q.info().factIds()) {
        questionsPerFact.merge(id, 1, Integer::sum);
      }
    }
  }

  /** The topics asked for, in the order asked, or every topic; an unknown id is an error. */
  static List<Topic> topics(Library library, List<String> ids) {
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
        for (Question q : checkQuestions(topic)) {
          questionNumber++;
          PrintedQuestion printed =
              PrintedQuestion.of(
                  questionNumber, q, PRINT_SEED, q.info().explanation(), cite(q.info().factIds()));
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
        bluf(topics),
        sections,
        options.summary() ? List.of() : glossary(topics),
        sources(),
        options.edition().hasAnswers() ? answers : List.of());
  }

  /**
   * A single topic's briefing takes the topic's title; any other takes the pack's ({@code
   * pack.yaml}, or what the content gives when there is none), so the program names no subject.
   */
  static String title(Library library, List<Topic> topics) {
    return topics.size() == 1 ? topics.get(0).title() : library.pack().title();
  }

  static String anchor(Topic topic) {
    return "topic-" + topic.id();
  }

  /**
   * The bottom line up front: the opening sentence of up to five topic summaries, from the topics
   * whose facts the rest of the content leans on most (facts cited by other topics' questions and
   * by glossary terms), most first. With fewer than three such topics, their next sentences follow
   * until there are three.
   */
  List<CitedSentence> bluf(List<Topic> topics) {
    Map<String, String> topicOfFact = new HashMap<>();
    for (Topic topic : library.topics()) {
      topic.facts().forEach(f -> topicOfFact.put(f.id(), topic.id()));
    }
    Map<String, Integer> leanedOn = new HashMap<>();
    for (Question q : library.questions()) {
      for (String id : q.info().factIds()) {
        String owner = topicOfFact.get(id);
        if (owner != null && !owner.equals(q.info().topicId())) {
          leanedOn.merge(owner, 1, Integer::sum);
        }
      }
    }
    for (Term term : library.glossary()) {
      for (String id : term.factIds()) {
        Optional.ofNullable(topicOfFact.get(id)).ifPresent(t -> leanedOn.merge(t, 1, Integer::sum));
      }
    }
    List<Topic> ranked = new ArrayList<>(topics);
    ranked.sort(Comparator.comparing((Topic t) -> -leanedOn.getOrDefault(t.id(), 0)));
    List<Topic> chosen = ranked.subList(0, Math.min(BLUF_MAX, ranked.size()));
    List<CitedSentence> out = new ArrayList<>();
    for (int index = 0; out.size() < BLUF_MIN || index == 0; index++) {
      boolean any = false;
      for (Topic topic : chosen) {
        List<CitedText.Sentence> sentences = topic.summary().sentences();
        if (index < sentences.size() && (index == 0 || out.size() < BLUF_MIN)) {
          out.add(sentence(sentences.get(index)));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  private CitedSentence sentence(CitedText.Sentence sentence) {
    List<Fact> cited = sentence.factIds().stream().map(this::fact).toList();
    return new CitedSentence(sentence.text(), citations.notes(cited), citations.brief(cited));
  }

  private Fact fact(String id) {
    Fact fact = facts.get(id);
    if (fact == null) {
      throw new IllegalStateException("validated content cites an unknown fact: " + id);
    }
    return fact;
  }

  private String cite(List<String> factIds) {
    return citations.brief(factIds.stream().map(this::fact).toList());
  }

  private Cited cited(Fact fact) {
    return new Cited(fact.statement(), citations.brief(fact));
  }

  private Section section(Topic topic, int number, List<PrintedQuestion> questions) {
    Timeline timeline = timeline(topic);
    Set<String> shown = new HashSet<>();
    if (timeline != null) {
      timelineFacts(topic).forEach(f -> shown.add(f.id()));
    }
    List<ActorRow> actors = actors(topic, shown);
    return new Section(
        anchor(topic),
        number,
        topic.title(),
        topic.objectives().stream().map(o -> o.text()).toList(),
        topic.summary().sentences().stream().map(this::sentence).toList(),
        keyFacts(topic, shown),
        timeline,
        actors,
        perspectives(topic),
        swot(topic),
        questions);
  }

  /** How many hand-written questions test a fact: the measure of what matters most. */
  private int weight(Fact fact) {
    return questionsPerFact.getOrDefault(fact.id(), 0);
  }

  /**
   * Key facts: the topic's plain facts (kind {@code fact}; views appear only with their holders)
   * that the timeline and the actors table do not already show, the {@value #KEY_FACTS} that the
   * most questions test, in the topic's order.
   */
  private List<Cited> keyFacts(Topic topic, Set<String> shown) {
    List<Fact> plain =
        topic.facts().stream()
            .filter(f -> f.kind() == FactKind.FACT && !shown.contains(f.id()))
            .toList();
    Set<Fact> best = new HashSet<>(mostTested(plain, KEY_FACTS));
    return plain.stream().filter(best::contains).map(this::cited).toList();
  }

  private List<Fact> mostTested(List<Fact> candidates, int limit) {
    List<Fact> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing((Fact f) -> -weight(f)));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  /**
   * A timeline when the topic's facts name at least two different years: the {@value
   * #TIMELINE_ENTRIES} dated facts that the most questions test (all when fewer), numbered in date
   * order (then topic order), and one mark per year.
   */
  Timeline timeline(Topic topic) {
    List<Fact> dated = timelineFacts(topic);
    TreeMap<Integer, List<Integer>> numbersByYear = new TreeMap<>();
    List<Dated> entries = new ArrayList<>();
    for (Fact fact : dated) {
      int year = fact.year().orElseThrow();
      int n = entries.size() + 1;
      entries.add(new Dated(n, year, fact.statement(), citations.brief(fact)));
      numbersByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(n);
    }
    if (numbersByYear.size() < 2) {
      return null;
    }
    int first = numbersByYear.firstKey();
    int last = numbersByYear.lastKey();
    List<Mark> marks = new ArrayList<>();
    int index = 0;
    for (Map.Entry<Integer, List<Integer>> e : numbersByYear.entrySet()) {
      // 60 to 940 per mille leaves room for the first and last labels.
      int x = 60 + (int) Math.round(880.0 * (e.getKey() - first) / (last - first));
      // Facts are numbered in date order, so a year's numbers run on: "3" or "3–5".
      List<Integer> ns = e.getValue();
      String numbers =
          ns.size() == 1 ? ns.get(0).toString() : ns.get(0) + "–" + ns.get(ns.size() - 1);
      marks.add(new Mark(e.getKey(), x, numbers, index % 2 == 0));
      index++;
    }
    String alt =
        "Timeline from "
            + first
            + " to "
            + last
            + " marking "
            + String.join(", ", numbersByYear.keySet().stream().map(String::valueOf).toList())
            + "; the dated facts are listed below it.";
    return new Timeline(alt, marks, entries);
  }

  private List<Fact> timelineFacts(Topic topic) {
    List<Fact> allDated = topic.facts().stream().filter(f -> f.year().isPresent()).toList();
    Set<Fact> kept = new HashSet<>(mostTested(allDated, TIMELINE_ENTRIES));
    return allDated.stream()
        .filter(kept::contains)
        .sorted(Comparator.comparing((Fact f) -> f.year().orElseThrow()))
        .toList();
  }

  /**
   * Key actors, when at least three actors are each named by two or more of the topic's plain facts
   * (views appear with their holders, under Perspectives): the {@value #ACTORS} named most often,
   * each with a fact about it that nothing else in the section shows, the one naming the fewest
   * other actors (the one most about it) first.
   */
  private List<ActorRow> actors(Topic topic, Set<String> shown) {
    Map<String, List<Fact>> byActor = new LinkedHashMap<>();
    for (Fact fact : topic.facts()) {
      if (fact.kind() == FactKind.FACT) {
        fact.actors().forEach(a -> byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(fact));
      }
    }
    List<Map.Entry<String, List<Fact>>> ranked =
        byActor.entrySet().stream()
            .filter(e -> e.getValue().size() >= 2)
            .sorted(Comparator.comparing((Map.Entry<String, List<Fact>> e) -> -e.getValue().size()))
            .toList();
    if (ranked.size() < 3) {
      return List.of();
    }
    List<ActorRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<Fact>> e : ranked) {
      if (rows.size() == ACTORS) {
        break;
      }
      Optional<Fact> best =
          e.getValue().stream()
              .filter(f -> !shown.contains(f.id()))
              .min(
                  Comparator.comparing((Fact f) -> f.actors().size())
                      .thenComparing(f -> -weight(f)));
      if (best.isPresent()) {
        shown.add(best.get().id());
        rows.add(new ActorRow(e.getKey(), e.getValue().size(), cited(best.get())));
      }
    }
    return rows.size() >= 3 ? rows : List.of();
  }

  /**
   * Perspectives: when at least two holders have views in the topic, each holder's most tested view
   * in its own words (the verbatim quote), up to {@value #PERSPECTIVES} holders in the order they
   * first appear.
   */
  private List<Perspective> perspectives(Topic topic) {
    Map<String, List<Fact>> byHolder = new LinkedHashMap<>();
    for (Fact fact : topic.facts()) {
      if (fact.kind().needsHolder() && fact.saidBy().isPresent()) {
        byHolder.computeIfAbsent(fact.saidBy().get(), k -> new ArrayList<>()).add(fact);
      }
    }
    if (byHolder.size() < 2) {
      return List.of();
    }
    List<Perspective> out = new ArrayList<>();
    for (Map.Entry<String, List<Fact>> e : byHolder.entrySet()) {
      if (out.size() == PERSPECTIVES) {
        break;
      }
      Fact view = mostTested(e.getValue(), 1).get(0);
      out.add(
          new Perspective(
              e.getKey(),
              view.kind().key(),
              library.evidence(view).words(),
              citations.brief(view)));
    }
    return out;
  }

  /**
   * A SWOT table when the topic's facts quote the items a source lists under the headings
   * Strengths, Weaknesses, Opportunities and (Challenges and) Threats: the quadrants take the
   * source's own headings and the items its own words.
   */
  Swot swot(Topic topic) {
    Map<Integer, String> headings = new TreeMap<>();
    Map<Integer, List<Cited>> items = new TreeMap<>();
    Set<String> holders = new java.util.LinkedHashSet<>();
    for (Fact fact : topic.facts()) {
      Passage passage = library.passageOf(fact);
      if (passage.kind() != Passage.Kind.ITEM) {
        continue;
      }
      Optional<Passage> heading = headingOver(passage);
      if (heading.isEmpty()) {
        continue;
      }
      String text = heading.get().text().strip();
      if (!SWOT_HEADING.matcher(text).matches()) {
        continue;
      }
      int quadrant = quadrant(text);
      headings.put(quadrant, text.replaceAll("\\s*:$", ""));
      items
          .computeIfAbsent(quadrant, q -> new ArrayList<>())
          .add(new Cited(library.evidence(fact).words(), citations.brief(fact)));
      fact.saidBy().ifPresent(holders::add);
    }
    if (headings.size() < 4) {
      return null;
    }
    List<Quadrant> quadrants = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      quadrants.add(new Quadrant(headings.get(q), items.get(q)));
    }
    String caption =
        holders.size() == 1
            ? "The SWOT analysis as " + holders.iterator().next() + " set it out, in their words"
            : "The SWOT analysis as the source sets it out, in its words";
    return new Swot(caption, quadrants);
  }

  private static int quadrant(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.startsWith("strength")) {
      return 0;
    }
    if (h.startsWith("weakness")) {
      return 1;
    }
    if (h.startsWith("opportunit")) {
      return 2;
    }
    return 3;
  }

  /** The heading an item is listed under: the nearest heading before it with only items between. */
  private Optional<Passage> headingOver(Passage item) {
    Source source = library.source(item.sourceId()).orElseThrow();
    List<Passage> passages = source.passages();
    int at = passages.indexOf(item);
    for (int i = at - 1; i >= 0; i--) {
      Passage p = passages.get(i);
      if (p.kind() == Passage.Kind.HEADING) {
        return Optional.of(p);
      }
      if (p.kind() != Passage.Kind.ITEM && p.kind() != Passage.Kind.NOTE) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Check-your-understanding questions: the first hand-written question of each level (recall,
   * understand, analyse) in the topic's order, topped up in that order to {@value
   * #QUESTIONS_PER_TOPIC}.
   */
  static List<Question> checkQuestions(Topic topic) {
    List<Question> chosen = new ArrayList<>();
    for (Level level : Level.values()) {
      topic.questions().stream()
          .filter(q -> q.info().level().orElse(null) == level)
          .findFirst()
          .ifPresent(chosen::add);
    }
    for (Question q : topic.questions()) {
      if (chosen.size() >= QUESTIONS_PER_TOPIC) {
        break;
      }
      if (!chosen.contains(q)) {
        chosen.add(q);
      }
    }
    return chosen.subList(0, Math.min(QUESTIONS_PER_TOPIC, chosen.size()));
  }

  /**
   * The glossary: the terms whose definitions rest on the included topics' facts, or that the
   * included topics' summaries or facts use, in the glossary's order.
   */
  private List<GlossaryEntry> glossary(List<Topic> topics) {
    Set<String> included = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (Topic topic : topics) {
      topic.facts().forEach(f -> included.add(f.id()));
      text.append(topic.summary().plainText()).append('\n');
      topic.facts().forEach(f -> text.append(f.statement()).append('\n'));
    }
    String all = text.toString();
    List<GlossaryEntry> out = new ArrayList<>();
    for (Term term : library.glossary()) {
      boolean used =
          term.factIds().stream().anyMatch(included::contains)
              || Pattern.compile(
                      "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.term()) + "(?![\\p{L}\\p{N}])")
                  .matcher(all)
                  .find();
      if (used) {
        out.add(
            new GlossaryEntry(
                term.term(),
                term.expansion().orElse(""),
                term.definition().strip().replaceAll("\\s+", " "),
                cite(term.factIds())));
      }
    }
    return out;
  }

  /** Every source of the library, numbered as citations number them. */
  private List<SourceEntry> sources() {
    List<SourceEntry> out = new ArrayList<>();
    for (Source source : library.sources()) {
      List<DetailRow> details = new ArrayList<>();
      Source.Authors authors = source.authors();
      String names =
          authors.names().isEmpty()
              ? ""
              : String.join(
                  "; ",
                  authors.names().stream()
                      .map(a -> a.name() + a.description().map(d -> " (" + d + ")").orElse(""))
                      .toList());
      details.add(row("Authors", names, authors.status(), authors.evidence()));
      details.add(detail("Outlet", source.outlet()));
      details.add(detail("Date", source.date()));
      details.add(detail("Licence", source.licence()));
      details.add(detail("Address", source.url()));
      out.add(
          new SourceEntry(
              citations.number(source.id()),
              Citations.label(source),
              Citations.byAuthors(source),
              source.displayTitle(),
              source.originalTitle().orElse(""),
              source.genre(),
              source.language(),
              details));
    }
    return out;
  }

  private static DetailRow detail(String name, Source.Detail detail) {
    return row(name, detail.value().orElse(""), detail.status(), detail.evidence());
  }

  private static DetailRow row(
      String name, String value, Source.Status status, Optional<String> evidence) {
    return new DetailRow(
        name,
        value.isEmpty() ? "not known" : value,
        status.key(),
        status == Source.Status.STATED ? "" : evidence.orElse(""));
  }

  static String date(LocalDate date) {
    return date.format(DATE);
  }
}
