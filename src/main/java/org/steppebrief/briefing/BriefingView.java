package org.steppebrief.briefing;

import java.util.List;

/**
 * Everything the briefing template shows, already chosen and ordered; the template only lays it
 * out. Every sentence about the subject in here comes from the content (a summary sentence, a
 * fact's statement, a quote, a glossary definition, an explanation) and carries its citation.
 *
 * @param title the title page's title
 * @param tagline the pack's subtitle under that title when the title is the pack's, else empty
 * @param language the content's language (the pack's), for the title and tagline
 * @param date the generation date as printed
 * @param version the content version (hash of the library's input files)
 */
public record BriefingView(
    String title,
    String tagline,
    String language,
    String subtitle,
    Edition edition,
    Paper paper,
    boolean summaryForm,
    String date,
    String version,
    List<TopicEntry> topics,
    List<CitedSentence> bluf,
    List<Section> sections,
    List<GlossaryEntry> glossary,
    List<SourceEntry> sources,
    List<AnswerEntry> answers) {

  public BriefingView {
    topics = List.copyOf(topics);
    bluf = List.copyOf(bluf);
    sections = List.copyOf(sections);
    glossary = List.copyOf(glossary);
    sources = List.copyOf(sources);
    answers = List.copyOf(answers);
  }

  /** "15 topics, 5 sources" (or "1 topic, ..."), for the title page. */
  public String scope() {
    return topics.size()
        + (topics.size() == 1 ? " topic, " : " topics, ")
        + sources.size()
        + (sources.size() == 1 ? " source" : " sources");
  }

  /** A topic on the title page and in the contents. */
  public record TopicEntry(String anchor, int number, String title) {}

  /** What a footnote says of one source: its label and number, and the passages quoted. */
  public record Note(String label, int sourceNumber, List<Quote> quotes) {
    public Note {
      quotes = List.copyOf(quotes);
    }
  }

  /** One quoted passage: where it is ("¶12") and the source's words. */
  public record Quote(String where, String words) {}

  /**
   * A sentence and what it rests on: the notes for its footnote and the short reference ("2 ¶12; 2
   * ¶14") for compact forms.
   */
  public record CitedSentence(String text, List<Note> notes, String cite) {
    public CitedSentence {
      notes = List.copyOf(notes);
    }
  }

  /** A statement with its short reference. */
  public record Cited(String text, String cite) {}

  /** A topic's section. Lists are empty (and the timeline and SWOT null) where it has none. */
  public record Section(
      String anchor,
      int number,
      String title,
      List<String> objectives,
      List<CitedSentence> summary,
      List<Cited> keyFacts,
      Timeline timeline,
      List<ActorRow> actors,
      List<Perspective> perspectives,
      Swot swot,
      List<PrintedQuestion> questions) {
    public Section {
      objectives = List.copyOf(objectives);
      summary = List.copyOf(summary);
      keyFacts = List.copyOf(keyFacts);
      actors = List.copyOf(actors);
      perspectives = List.copyOf(perspectives);
      questions = List.copyOf(questions);
    }
  }

  /**
   * A timeline drawn from dated facts: marks on an axis at {@code x} per mille of its width, and
   * the facts themselves, numbered as the marks are.
   */
  public record Timeline(String alt, List<Mark> marks, List<Dated> entries) {
    public Timeline {
      marks = List.copyOf(marks);
      entries = List.copyOf(entries);
    }
  }

  /** One year on the axis: where, and the numbers of the facts it holds ("1" or "2, 3"). */
  public record Mark(int year, int x, String numbers, boolean above) {
    /** The label's left edge in per cent of the figure's width, centred on the mark. */
    public String leftPercent() {
      return String.format(java.util.Locale.ROOT, "%.1f%%", x / 10.0);
    }
  }

  /** A dated fact as the timeline lists it. */
  public record Dated(int number, int year, String text, String cite) {}

  /** One actor: how many of the topic's facts name it, and the plainest of those facts. */
  public record ActorRow(String actor, int facts, Cited said) {}

  /** A view in its holder's (or source's) own words. */
  public record Perspective(String holder, String kind, String quote, String cite) {}

  /** A SWOT analysis as a source lays it out: four headings, each with its items. */
  public record Swot(String caption, List<Quadrant> quadrants) {
    public Swot {
      quadrants = List.copyOf(quadrants);
    }

    public Quadrant at(int index) {
      return quadrants.get(index);
    }
  }

  /** One quadrant: the source's own heading and the items listed under it, in its words. */
  public record Quadrant(String heading, List<Cited> items) {
    public Quadrant {
      items = List.copyOf(items);
    }
  }

  /** A glossary entry, with the facts its definition rests on. */
  public record GlossaryEntry(String term, String expansion, String definition, String cite) {}

  /**
   * A source in the bibliography, with what is stated, inferred or unknown about it.
   *
   * @param byAuthors whether the label is its stated authors' names (else a short title)
   */
  public record SourceEntry(
      int number,
      String label,
      boolean byAuthors,
      String title,
      String originalTitle,
      String genre,
      String language,
      List<DetailRow> details) {
    public SourceEntry {
      details = List.copyOf(details);
    }
  }

  /** One detail of a source: its value (or "not known"), its standing and the evidence. */
  public record DetailRow(String name, String value, String status, String evidence) {}

  /** A check-your-understanding question's answer, for the instructor edition. */
  public record AnswerEntry(
      int number, String section, String answer, String explanation, String cite) {}
}
