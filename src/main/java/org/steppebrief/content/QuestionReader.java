package org.steppebrief.content;

import static org.steppebrief.content.FactSheetReader.checkId;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.yaml.Spelling;
import org.steppebrief.yaml.YamlMap;

/**
 * Reads what every question has (id, type, prompt, facts, explanation, level, objective); its
 * type's own fields are read by {@link AnswerKeyReader}.
 */
final class QuestionReader {
  private static final Set<String> QUESTION_FIELDS =
      Set.of("id", "type", "prompt", "facts", "explanation", "level", "objective");

  private final YamlMap q;
  private final String topicId;
  private final Set<String> objectives;
  private final References references;
  private final Diagnostics problems;

  QuestionReader(
      YamlMap q,
      String topicId,
      Set<String> objectives,
      References references,
      Diagnostics problems) {
    this.q = q;
    this.topicId = topicId;
    this.objectives = objectives;
    this.references = references;
    this.problems = problems;
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
    type.ifPresent(t -> allowed.addAll(AnswerKeyReader.fieldsOf(t)));
    if (type.isPresent()) {
      q.allowOnly(allowed, "a " + type.get().key() + " question");
    }
    id.ifPresent(value -> checkId(problems, q, "id", value, "question"));
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
    return new AnswerKeyReader(q, problems).read(type.get(), info);
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
}
