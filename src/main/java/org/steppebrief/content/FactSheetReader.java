package org.steppebrief.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.YamlMap;

/**
 * Reads one topic file into a {@link Topic}: the topic's own fields here, its facts through {@link
 * FactReader} and its questions through {@link QuestionReader}.
 */
final class FactSheetReader {
  static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Set<String> TOPIC_FIELDS =
      Set.of("id", "title", "order", "objectives", "summary", "facts", "questions");

  private final References references;
  private final Diagnostics problems;
  private final FactReader facts;

  FactSheetReader(Map<String, QuoteIndex> indexes, References references, Diagnostics problems) {
    this.references = references;
    this.problems = problems;
    this.facts = new FactReader(indexes, references, problems);
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
    checkId(problems, topic, "id", id, "topic");
    references.declareTopic(id, topic.position("id"));
    String title = topic.text("title", "the fact sheet").orElse(id);

    List<Objective> objectives = readObjectives(topic);
    List<Fact> facts = new ArrayList<>();
    for (YamlMap f : topic.mappings("facts", "fact")) {
      this.facts.read(f, id).ifPresent(facts::add);
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
      new QuestionReader(q, id, objectiveIds, references, problems)
          .read()
          .ifPresent(questions::add);
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
      checkId(problems, o, "id", id.get(), "objective");
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

  /** Cuts a long text for a diagnostic, which quotes it to show where, not to reproduce it. */
  static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 160) + "…";
  }

  /** Topic, objective, fact and question ids share one rule, because all appear in links. */
  static void checkId(Diagnostics problems, YamlMap map, String key, String id, String what) {
    if (!ID.matcher(id).matches()) {
      problems.error(
          map.position(key),
          what + " id `" + id + "` is not lower-case words joined by `-`",
          "ids appear in links and exports; use letters, digits and `-` only");
    }
  }
}
