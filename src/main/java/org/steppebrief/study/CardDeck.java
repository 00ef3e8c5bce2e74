package org.steppebrief.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.Grader;
import org.steppebrief.quiz.Response;

/**
 * Every study card the library gives, a writer over the {@link Library} like the quiz: per topic, a
 * card per fact, then the cloze cards of its facts, then its hand-written questions.
 *
 * <ul>
 *   <li><b>fact</b> ({@code fact:<fact>}): the statement on the front; on the back the words the
 *       fact quotes, cut from its passage at the citation's offsets, and its source;
 *   <li><b>cloze</b> ({@code cloze-year:}, {@code cloze-programme:}, {@code cloze-holder:} and the
 *       fact id): the statement with its {@code year}, {@code programme} or {@code said_by} (for a
 *       view) blanked, when the statement names it as a whole word exactly once, so that the blank
 *       can only be that value;
 *   <li><b>question</b> ({@code question:<question>}): a hand-written question's prompt, with its
 *       choices or items in alphabetical order (the order of the sheet would give away the answer
 *       of an ordering), and its answer and explanation on the back. Generated questions are left
 *       out: the cloze cards ask the same of the same fields.
 * </ul>
 */
public final class CardDeck {
  static final String BLANK = "____";

  private final String version;
  private final List<Card> cards;
  private final Map<String, Card> byId;

  private CardDeck(String version, List<Card> cards) {
    this.version = version;
    this.cards = List.copyOf(cards);
    Map<String, Card> ids = new LinkedHashMap<>();
    cards.forEach(c -> ids.put(c.id(), c));
    this.byId = Map.copyOf(ids);
  }

  /** The library's deck, made on first use and kept with the library. */
  public static CardDeck of(Library library) {
    return library.derived(CardDeck.class, CardDeck::make);
  }

  private static CardDeck make(Library library) {
    List<Card> cards = new ArrayList<>();
    for (Topic topic : library.topics()) {
      List<Card> clozes = new ArrayList<>();
      for (Fact fact : topic.facts()) {
        cards.add(factCard(library, fact));
        clozes.addAll(clozeCards(fact));
      }
      cards.addAll(clozes);
      for (Question q : topic.questions()) {
        cards.add(questionCard(q));
      }
    }
    return new CardDeck(library.version(), cards);
  }

  /** The content version the deck was made from. */
  public String version() {
    return version;
  }

  public List<Card> cards() {
    return cards;
  }

  public Optional<Card> card(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Card> ofTopic(String topicId) {
    return cards.stream().filter(c -> c.topicId().equals(topicId)).toList();
  }

  /** The id of a fact's own card, the one a missed quiz question brings back. */
  public static String factCardId(String factId) {
    return "fact:" + factId;
  }

  private static Card factCard(Library library, Fact fact) {
    String quoted = library.evidence(fact).words();
    String cue =
        fact.kind() == FactKind.FACT
            ? "Recall what the source says, in its own words."
            : "Recall whose view this is and how the source puts it.";
    return new Card(
        factCardId(fact.id()),
        Card.Kind.FACT,
        fact.topicId(),
        "Fact",
        cue,
        fact.statement(),
        List.of(),
        quoted,
        "",
        List.of(fact.id()));
  }

  private static List<Card> clozeCards(Fact fact) {
    List<Card> out = new ArrayList<>();
    fact.year()
        .ifPresent(
            year -> cloze(fact, "year", String.valueOf(year), "Which year fills the blank?", out));
    fact.programme()
        .ifPresent(
            p -> cloze(fact, "programme", p, "Which programme or mechanism fills the blank?", out));
    if (fact.kind().needsHolder()) {
      fact.saidBy().ifPresent(holder -> cloze(fact, "holder", holder, "Whose view is it?", out));
    }
    return out;
  }

  private static void cloze(Fact fact, String field, String value, String cue, List<Card> out) {
    blankedOnce(fact.statement(), value)
        .ifPresent(
            blanked ->
                out.add(
                    new Card(
                        "cloze-" + field + ":" + fact.id(),
                        Card.Kind.CLOZE,
                        fact.topicId(),
                        "Fill the blank",
                        cue,
                        blanked,
                        List.of(),
                        value,
                        fact.statement(),
                        List.of(fact.id()))));
  }

  /** The text with {@code value} blanked, if it occurs there exactly once as whole words. */
  static Optional<String> blankedOnce(String text, String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start();
    int end = m.end();
    if (m.find()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(0, start) + BLANK + text.substring(end));
  }

  /** What a question card shows besides its label: the cue, the prompt, options and answer. */
  private record Face(String cue, String prompt, List<String> options, String answer) {}

  private static Card questionCard(Question q) {
    String answer = Grader.grade(q, new Response.Blank()).expected();
    String prompt = q.info().prompt();
    Face face =
        switch (q.type()) {
          case SINGLE_CHOICE ->
              new Face(
                  "Which one is right?",
                  prompt,
                  alphabetical(((Question.SingleChoice) q).choices()),
                  answer);
          case MULTI_CHOICE ->
              new Face(
                  "Which of these are right? There may be several.",
                  prompt,
                  alphabetical(((Question.MultiChoice) q).choices()),
                  answer);
          case TRUE_FALSE ->
              new Face(
                  "Is this statement true or false?",
                  prompt,
                  List.of(),
                  Boolean.parseBoolean(answer) ? "True" : "False");
          case ORDERING ->
              new Face(
                  "In what order do these come?",
                  prompt,
                  alphabetical(((Question.Ordering) q).items()),
                  answer);
          case MATCHING -> {
            Question.Matching m = (Question.Matching) q;
            yield new Face(
                "Match each with one of: "
                    + String.join(
                        ", ",
                        alphabetical(
                            m.pairs().stream().map(Question.Matching.Pair::right).toList()))
                    + ".",
                prompt,
                m.pairs().stream().map(p -> p.left() + " = ?").toList(),
                answer);
          }
          case SHORT_ANSWER -> new Face("Answer in a few words.", prompt, List.of(), answer);
          case CLOZE ->
              new Face(
                  prompt,
                  String.join(BLANK, ((Question.Cloze) q).text().fragments()),
                  List.of(),
                  answer);
        };
    return new Card(
        "question:" + q.id(),
        Card.Kind.QUESTION,
        q.info().topicId(),
        q.type().label(),
        face.cue(),
        face.prompt(),
        face.options(),
        face.answer(),
        q.info().explanation(),
        q.info().factIds());
  }

  private static List<String> alphabetical(List<String> texts) {
    return texts.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }
}
