package org.steppebrief.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.Spelling;
import org.steppebrief.yaml.YamlMap;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one topic file into a {@link Topic}, checking every rule that one file can break. */
final class FactSheetReader {
  static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final int MIN_QUOTE_WORDS = 4;
  private static final Set<String> TOPIC_FIELDS =
      Set.of("id", "title", "order", "objectives", "summary", "facts", "questions");
  private static final Set<String> FACT_FIELDS =
      Set.of(
          "id",
          "statement",
          "source",
          "quote",
          "prefix",
          "suffix",
          "passage",
          "kind",
          "said_by",
          "year",
          "actors",
          "programme",
          "stage");
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "type", "prompt", "facts", "explanation", "level", "objective");

  private final Map<String, QuoteIndex> indexes;
  private final References references;
  private final Diagnostics problems;

  FactSheetReader(Map<String, QuoteIndex> indexes, References references, Diagnostics problems) {
    this.indexes = indexes;
    this.references = references;
    this.problems = problems;
  }

  /** A topic and where its author wants it in the library's order (unset sorts last). */
  record Read(Topic topic, int order) {}

  Optional<Read> read(Path file, String display) {
    Optional<YamlMap> root =
        SafeYaml.read(file, display, problems)
            .flatMap(n -> YamlMap.of(n, display, "a fact sheet", problems));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlMap topic = root.get();
    topic.allowOnly(TOPIC_FIELDS, "a fact sheet");
    String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String id = topic.text("id", "the fact sheet").orElse(expectedId);
    if (!id.equals(expectedId)) {
      problems.error(
          topic.position("id"),
          "topic id `" + id + "` does not match the file name",
          "name the file " + id + ".yaml, or set `id: " + expectedId + "`");
    }
    checkId(topic, "id", id, "topic");
    references.declareTopic(id, topic.position("id"));
    String title = topic.text("title", "the fact sheet").orElse(id);

    List<Objective> objectives = readObjectives(topic);
    List<Fact> facts = new ArrayList<>();
    for (YamlMap f : topic.mappings("facts", "fact")) {
      readFact(f, id).ifPresent(facts::add);
    }
    if (!topic.has("facts")) {
      problems.error(
          topic.position(), "the fact sheet has no `facts:`", "a topic needs facts to cite");
    }
    CitedText summary = readSummary(topic);
    Set<String> objectiveIds = new HashSet<>();
    objectives.forEach(o -> objectiveIds.add(o.id()));
    List<Question> questions = new ArrayList<>();
    for (YamlMap q : topic.mappings("questions", "question")) {
      new QuestionReader(q, id, objectiveIds, references).read().ifPresent(questions::add);
    }
    int order = topic.optionalInt("order").orElse(Integer.MAX_VALUE);
    return Optional.of(
        new Read(
            new Topic(
                id,
                title,
                objectives,
                summary,
                facts,
                questions,
                new Origin(display, topic.position().line())),
            order));
  }

  private List<Objective> readObjectives(YamlMap topic) {
    List<Objective> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlMap o : topic.mappings("objectives", "objective")) {
      o.allowOnly(Set.of("id", "text"), "an objective");
      Optional<String> id = o.text("id", "an objective");
      Optional<String> text = o.text("text", "an objective");
      if (id.isEmpty() || text.isEmpty()) {
        continue;
      }
      checkId(o, "id", id.get(), "objective");
      if (!seen.add(id.get())) {
        problems.error(o.position("id"), "duplicate objective id `" + id.get() + "`", null);
        continue;
      }
      out.add(new Objective(id.get(), text.get()));
    }
    return out;
  }

  private CitedText readSummary(YamlMap topic) {
    Optional<String> raw = topic.text("summary", "the fact sheet");
    if (raw.isEmpty()) {
      return new CitedText(List.of());
    }
    Position at = topic.position("summary");
    CitedText summary = CitedText.parse(raw.get());
    int n = 0;
    for (CitedText.Sentence sentence : summary.sentences()) {
      n++;
      if (sentence.factIds().isEmpty()) {
        problems.error(
            at,
            "summary sentence " + n + " cites no fact: \"" + clip(sentence.text()) + "\"",
            "end every sentence with the facts it rests on, like [fact-id] or [fact-a, fact-b]");
      }
      for (String factId : sentence.factIds()) {
        references.cite(factId, at, "summary sentence " + n);
      }
    }
    return summary;
  }

  private Optional<Fact> readFact(YamlMap f, String topicId) {
    f.allowOnly(FACT_FIELDS, "a fact");
    Optional<String> id = f.text("id", "a fact");
    Optional<String> statement = f.text("statement", "a fact");
    Optional<String> sourceId = f.text("source", "a fact");
    Optional<String> quote = f.text("quote", "a fact");
    Optional<FactKind> kind = readKind(f);
    Optional<String> saidBy = f.optionalText("said_by");
    Optional<Integer> year = f.optionalInt("year");
    List<String> actors = f.optionalTextList("actors").orElse(List.of());
    id.ifPresent(value -> checkId(f, "id", value, "fact"));
    boolean unique = id.isPresent() && references.declareFact(id.get(), f.position("id"));

    if (kind.isPresent() && kind.get().needsHolder() && saidBy.isEmpty()) {
      problems.error(
          f.position("kind"),
          "a fact of kind `" + kind.get().key() + "` must say whose view it is",
          "add `said_by:` naming who holds it, as the source names them");
    }
    year.ifPresent(
        y -> {
          if (y < 1000 || y > 2999) {
            problems.error(f.position("year"), "year " + y + " is not a plausible year", null);
          }
        });
    Optional<Citation> citation = Optional.empty();
    if (sourceId.isPresent() && quote.isPresent()) {
      citation = locate(f, sourceId.get(), quote.get());
    }
    if (!unique
        || statement.isEmpty()
        || kind.isEmpty()
        || citation.isEmpty()
        || (kind.get().needsHolder() && saidBy.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new Fact(
            id.get(),
            topicId,
            statement.get(),
            quote.get(),
            citation.get(),
            kind.get(),
            saidBy,
            year,
            actors,
            f.optionalText("programme"),
            f.optionalText("stage"),
            new Origin(f.file(), f.position().line())));
  }

  private Optional<FactKind> readKind(YamlMap f) {
    Optional<String> raw = f.text("kind", "a fact");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    for (FactKind kind : FactKind.values()) {
      if (kind.key().equals(raw.get())) {
        return Optional.of(kind);
      }
    }
    problems.error(
        f.position("kind"),
        "unknown kind `" + raw.get() + "`",
        "use fact, assessment, prediction or quotation");
    return Optional.empty();
  }

  private Optional<Citation> locate(YamlMap f, String sourceId, String quote) {
    QuoteIndex index = indexes.get(sourceId);
    if (index == null) {
      String nearest = Spelling.nearest(sourceId, indexes.keySet());
      problems.error(
          f.position("source"),
          "unknown source `" + sourceId + "`",
          nearest != null
              ? "did you mean `" + nearest + "`?"
              : "sources are: " + String.join(", ", indexes.keySet().stream().sorted().toList()));
      return Optional.empty();
    }
    if (quote.strip().split("\\s+").length < MIN_QUOTE_WORDS) {
      problems.warning(
          f.position("quote"),
          "quote is shorter than " + MIN_QUOTE_WORDS + " words",
          "a longer quote proves more and is less likely to occur twice");
    }
    String hint = f.optionalText("passage").orElse(null);
    QuoteIndex.Result result =
        index.find(
            quote,
            f.optionalText("prefix").orElse(null),
            f.optionalText("suffix").orElse(null),
            hint);
    if (result instanceof QuoteIndex.Found found) {
      return Optional.of(new Citation(sourceId, found.passage().id(), found.start(), found.end()));
    }
    if (result instanceof QuoteIndex.NotFound miss) {
      problems.error(
          f.position("quote"),
          "quote not found in source `" + sourceId + "`",
          missHint(miss, sourceId, quote));
    } else if (result instanceof QuoteIndex.Ambiguous many) {
      problems.error(
          f.position("quote"),
          "quote occurs "
              + many.occurrences().size()
              + " times in `"
              + sourceId
              + "` ("
              + String.join(
                  ", ", many.occurrences().stream().map(o -> describe(o.passage())).toList())
              + ")",
          "say which one with `prefix:` or `suffix:` (the words just before or after it) or"
              + " `passage:` (a passage id)");
    } else if (result instanceof QuoteIndex.PartWord part) {
      problems.error(
          f.position("quote"),
          "quote begins or ends in the middle of a word",
          "in "
              + describe(part.at().passage())
              + " it is part of \""
              + clip(around(part.at()))
              + "\"; quote whole words");
    }
    return Optional.empty();
  }

  private String missHint(QuoteIndex.NotFound miss, String sourceId, String quote) {
    List<String> elsewhere = new ArrayList<>();
    indexes.forEach(
        (otherId, other) -> {
          if (!otherId.equals(sourceId) && other.contains(quote)) {
            elsewhere.add(otherId);
          }
        });
    if (!elsewhere.isEmpty()) {
      return "it is in `" + String.join("`, `", elsewhere) + "`: is `source:` right?";
    }
    if (miss.closest().isEmpty()) {
      return miss.hint();
    }
    Passage p = miss.closest().get();
    return "closest passage is " + describe(p) + ": \"" + clip(p.text()) + "\"; " + miss.hint();
  }

  private static String describe(Passage p) {
    return "¶" + p.number() + " (" + p.id() + ", line " + p.firstLine() + ")";
  }

  private static String around(QuoteIndex.Found at) {
    String text = at.passage().text();
    int from = Math.max(0, at.start() - 10);
    int to = Math.min(text.length(), at.end() + 10);
    return text.substring(from, to);
  }

  static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 160) + "…";
  }

  private void checkId(YamlMap map, String key, String id, String what) {
    if (!ID.matcher(id).matches()) {
      problems.error(
          map.position(key),
          what + " id `" + id + "` is not lower-case words joined by `-`",
          "ids appear in links and exports; use letters, digits and `-` only");
    }
  }

  /** Reads one question; its type decides which further fields it has. */
  private final class QuestionReader {
    private final YamlMap q;
    private final String topicId;
    private final Set<String> objectives;
    private final References references;

    QuestionReader(YamlMap q, String topicId, Set<String> objectives, References references) {
      this.q = q;
      this.topicId = topicId;
      this.objectives = objectives;
      this.references = references;
    }

    Optional<Question> read() {
      Optional<String> id = q.text("id", "a question");
      Optional<String> typeKey = q.text("type", "a question");
      Optional<QuestionType> type = typeKey.flatMap(QuestionType::fromKey);
      if (typeKey.isPresent() && type.isEmpty()) {
        problems.error(
            q.position("type"),
            "unknown question type `" + typeKey.get() + "`",
            "use one of single-choice, multi-choice, true-false, ordering, matching, short-answer, cloze");
      }
      Set<String> allowed = new LinkedHashSet<>(QUESTION_FIELDS);
      type.ifPresent(t -> allowed.addAll(fieldsOf(t)));
      if (type.isPresent()) {
        q.allowOnly(allowed, "a " + type.get().key() + " question");
      }
      id.ifPresent(value -> checkId(q, "id", value, "question"));
      if (id.isPresent() && id.get().startsWith("gen-")) {
        problems.error(
            q.position("id"),
            "question ids starting with `gen-` are reserved for generated questions",
            "rename the question");
      }
      boolean unique = id.isPresent() && references.declareQuestion(id.get(), q.position("id"));
      boolean cloze = type.isPresent() && type.get() == QuestionType.CLOZE;
      Optional<String> prompt =
          cloze
              ? Optional.of(q.optionalText("prompt").orElse("Fill in the blanks."))
              : q.text("prompt", "a question");
      List<String> facts = q.textList("facts", "a question");
      if (q.has("facts") && facts.isEmpty()) {
        problems.error(q.position("facts"), "a question must cite at least one fact", null);
      }
      String label = "question `" + id.orElse("?") + "`";
      for (String factId : facts) {
        references.cite(factId, q.position("facts"), label);
      }
      Optional<String> explanation = q.text("explanation", "a question");
      Optional<Level> level = readLevel();
      Optional<String> objective = readObjective();
      if (id.isEmpty() || type.isEmpty() || prompt.isEmpty() || explanation.isEmpty() || !unique) {
        return Optional.empty();
      }
      var info =
          new Question.QuestionInfo(
              id.get(),
              topicId,
              prompt.get(),
              facts,
              explanation.get(),
              level,
              objective,
              new Origin(q.file(), q.position().line()));
      return switch (type.get()) {
        case SINGLE_CHOICE -> singleChoice(info);
        case MULTI_CHOICE -> multiChoice(info);
        case TRUE_FALSE -> trueFalse(info);
        case ORDERING -> ordering(info);
        case MATCHING -> matching(info);
        case SHORT_ANSWER -> shortAnswer(info);
        case CLOZE -> cloze(info);
      };
    }

    private Set<String> fieldsOf(QuestionType type) {
      return switch (type) {
        case SINGLE_CHOICE -> Set.of("choices", "answer");
        case MULTI_CHOICE -> Set.of("choices", "answers", "answer");
        case TRUE_FALSE -> Set.of("answer");
        case ORDERING -> Set.of("items");
        case MATCHING -> Set.of("pairs");
        case SHORT_ANSWER -> Set.of("accept", "answer");
        case CLOZE -> Set.of("text");
      };
    }

    private Optional<Level> readLevel() {
      Optional<String> raw = q.optionalText("level");
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      for (Level level : Level.values()) {
        if (level.key().equals(raw.get())) {
          return Optional.of(level);
        }
      }
      problems.error(
          q.position("level"),
          "unknown level `" + raw.get() + "`",
          "use recall, understand or analyse");
      return Optional.empty();
    }

    private Optional<String> readObjective() {
      Optional<String> raw = q.optionalText("objective");
      if (raw.isPresent() && !objectives.contains(raw.get())) {
        String nearest = Spelling.nearest(raw.get(), objectives);
        problems.error(
            q.position("objective"),
            "unknown objective `" + raw.get() + "` in topic `" + topicId + "`",
            nearest != null
                ? "did you mean `" + nearest + "`?"
                : "name one of the topic's `objectives:`");
      }
      return raw;
    }

    private Optional<Question> singleChoice(Question.QuestionInfo info) {
      List<String> choices = choices(2, 6);
      Optional<String> answer = q.text("answer", "a single-choice question");
      if (answer.isEmpty() || choices.isEmpty()) {
        return Optional.empty();
      }
      if (!choices.contains(answer.get())) {
        notAmongChoices(answer.get(), choices);
        return Optional.empty();
      }
      return Optional.of(new Question.SingleChoice(info, choices, answer.get()));
    }

    private Optional<Question> multiChoice(Question.QuestionInfo info) {
      List<String> choices = choices(3, 8);
      String key = q.has("answers") ? "answers" : "answer";
      List<String> answers = q.textList(key, "a multi-choice question");
      if (choices.isEmpty() || answers.isEmpty()) {
        if (q.has(key)) {
          problems.error(
              q.position(key), "a multi-choice question needs at least one right answer", null);
        }
        return Optional.empty();
      }
      boolean ok = true;
      for (String answer : answers) {
        if (!choices.contains(answer)) {
          notAmongChoices(answer, choices);
          ok = false;
        }
      }
      if (new HashSet<>(answers).size() != answers.size()) {
        problems.error(q.position(key), "an answer is listed twice", null);
        ok = false;
      }
      return ok ? Optional.of(new Question.MultiChoice(info, choices, answers)) : Optional.empty();
    }

    private void notAmongChoices(String answer, List<String> choices) {
      String nearest = Spelling.nearest(answer, choices);
      problems.error(
          q.position(q.has("answers") ? "answers" : "answer"),
          "answer `" + answer + "` is not among the choices",
          nearest != null
              ? "did you mean `" + nearest + "`? An answer must be written exactly as its choice"
              : "choices are: " + String.join(" | ", choices));
    }

    private List<String> choices(int min, int max) {
      List<String> choices = q.textList("choices", "a choice question");
      if (!q.has("choices")) {
        return List.of();
      }
      if (choices.size() < min || choices.size() > max) {
        problems.error(
            q.position("choices"),
            "a "
                + q.optionalText("type").orElse("choice")
                + " question needs "
                + min
                + " to "
                + max
                + " choices, not "
                + choices.size(),
            null);
        return List.of();
      }
      if (!unique(choices, "choices", "choice")) {
        return List.of();
      }
      return choices;
    }

    private boolean unique(List<String> values, String key, String what) {
      Set<String> seen = new HashSet<>();
      for (String value : values) {
        if (!seen.add(value.toLowerCase(Locale.ROOT))) {
          problems.error(q.position(key), "the " + what + " `" + value + "` is listed twice", null);
          return false;
        }
      }
      return true;
    }

    private Optional<Question> trueFalse(Question.QuestionInfo info) {
      var node = q.node("answer");
      if (node.isEmpty()) {
        q.text("answer", "a true-false question");
        return Optional.empty();
      }
      String raw =
          node.get() instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : "";
      if (!raw.equals("true") && !raw.equals("false")) {
        problems.error(
            q.position("answer"),
            "a true-false answer must be `true` or `false`, not `" + raw + "`",
            null);
        return Optional.empty();
      }
      return Optional.of(new Question.TrueFalse(info, raw.equals("true")));
    }

    private Optional<Question> ordering(Question.QuestionInfo info) {
      List<String> items = q.textList("items", "an ordering question");
      if (!q.has("items")) {
        return Optional.empty();
      }
      if (items.size() < 3 || items.size() > 8) {
        problems.error(
            q.position("items"),
            "an ordering question needs 3 to 8 items in their correct order, not " + items.size(),
            "list the items in the right order; learners see them shuffled");
        return Optional.empty();
      }
      return unique(items, "items", "item")
          ? Optional.of(new Question.Ordering(info, items))
          : Optional.empty();
    }

    private Optional<Question> matching(Question.QuestionInfo info) {
      List<YamlMap> raw = q.mappings("pairs", "pair");
      if (!q.has("pairs")) {
        q.text("pairs", "a matching question");
        return Optional.empty();
      }
      List<Question.Matching.Pair> pairs = new ArrayList<>();
      for (YamlMap p : raw) {
        p.allowOnly(Set.of("left", "right"), "a pair");
        Optional<String> left = p.text("left", "a pair");
        Optional<String> right = p.text("right", "a pair");
        if (left.isPresent() && right.isPresent()) {
          pairs.add(new Question.Matching.Pair(left.get(), right.get()));
        }
      }
      if (pairs.size() != raw.size()) {
        return Optional.empty();
      }
      if (pairs.size() < 3 || pairs.size() > 8) {
        problems.error(
            q.position("pairs"),
            "a matching question needs 3 to 8 pairs, not " + pairs.size(),
            null);
        return Optional.empty();
      }
      boolean ok =
          unique(pairs.stream().map(Question.Matching.Pair::left).toList(), "pairs", "left side")
              && unique(
                  pairs.stream().map(Question.Matching.Pair::right).toList(),
                  "pairs",
                  "right side");
      return ok ? Optional.of(new Question.Matching(info, pairs)) : Optional.empty();
    }

    private Optional<Question> shortAnswer(Question.QuestionInfo info) {
      List<String> accepted = new ArrayList<>(q.optionalTextList("answer").orElse(List.of()));
      accepted.addAll(q.optionalTextList("accept").orElse(List.of()));
      if (accepted.isEmpty()) {
        problems.error(
            q.position(),
            "a short-answer question has no accepted answer",
            "add `accept: [answer, another form]`");
        return Optional.empty();
      }
      return Optional.of(new Question.ShortAnswer(info, accepted.stream().distinct().toList()));
    }

    private Optional<Question> cloze(Question.QuestionInfo info) {
      Optional<String> raw = q.text("text", "a cloze question");
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      ClozeText text = ClozeText.parse(raw.get());
      int opens = raw.get().split("\\{\\{", -1).length - 1;
      int closes = raw.get().split("}}", -1).length - 1;
      if (opens != closes || opens != text.blanks().size()) {
        problems.error(
            q.position("text"), "unbalanced blank: every `{{` needs a matching `}}`", null);
        return Optional.empty();
      }
      if (text.blanks().isEmpty()) {
        problems.error(
            q.position("text"),
            "a cloze text has no blanks",
            "mark each blank with its answer in double braces: `signed in {{2006}}`");
        return Optional.empty();
      }
      if (text.blanks().stream().anyMatch(List::isEmpty)) {
        problems.error(q.position("text"), "a blank has no answer inside its braces", null);
        return Optional.empty();
      }
      return Optional.of(new Question.Cloze(info, text));
    }
  }
}
