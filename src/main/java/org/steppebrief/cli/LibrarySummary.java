package org.steppebrief.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steppebrief.content.Coverage;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Level;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.corpus.Passage;
import org.steppebrief.diagnostic.Diagnostic;

/**
 * The counts {@code check} prints: what the library holds and how much of the sources it covers.
 */
record LibrarySummary(
    Library library,
    Map<FactKind, Integer> factsByKind,
    Map<QuestionType, Integer> questionsByType,
    Map<Level, Integer> questionsByLevel,
    Coverage coverage) {

  static LibrarySummary of(Library library, Coverage coverage) {
    Map<FactKind, Integer> kinds = new EnumMap<>(FactKind.class);
    for (FactKind kind : FactKind.values()) {
      kinds.put(kind, 0);
    }
    for (Fact fact : library.facts()) {
      kinds.merge(fact.kind(), 1, Integer::sum);
    }
    Map<QuestionType, Integer> types = new EnumMap<>(QuestionType.class);
    for (QuestionType type : QuestionType.values()) {
      types.put(type, 0);
    }
    Map<Level, Integer> levels = new EnumMap<>(Level.class);
    for (Question question : library.questions()) {
      types.merge(question.type(), 1, Integer::sum);
      question.info().level().ifPresent(level -> levels.merge(level, 1, Integer::sum));
    }
    return new LibrarySummary(library, kinds, types, levels, coverage);
  }

  int passages() {
    return library.sources().stream().mapToInt(s -> s.passages().size()).sum();
  }

  String toText(boolean listUncited) {
    StringBuilder out = new StringBuilder();
    out.append("Steppe Brief content ").append(library.version()).append('\n');
    line(
        out,
        "sources",
        library.sources().size()
            + " ("
            + passages()
            + " passages, "
            + coverage.total()
            + " substantive body passages)");
    line(out, "topics", Integer.toString(library.topics().size()));
    line(out, "facts", library.facts().size() + "  (" + counts(factsByKind, FactKind::key) + ")");
    line(
        out,
        "questions",
        library.questions().size() + "  (" + counts(questionsByType, QuestionType::key) + ")");
    line(out, "levels", counts(questionsByLevel, Level::key));
    line(out, "glossary", library.glossary().size() + " terms");
    line(
        out,
        "coverage",
        percent(coverage.share())
            + " of body passages cited ("
            + coverage.cited()
            + "/"
            + coverage.total()
            + ")");
    for (Coverage.PerSource s : coverage.sources()) {
      out.append(
          String.format(
              Locale.ROOT,
              "    %-32s %4d/%-4d %s%n",
              s.sourceId(),
              s.cited(),
              s.total(),
              percent(s.share())));
      if (listUncited) {
        for (Passage p : s.uncited()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "        uncited ¶%d (%s, line %d): %s%n",
                  p.number(),
                  p.id(),
                  p.firstLine(),
                  clip(p.text())));
        }
      }
    }
    return out.toString();
  }

  String toJson(List<Diagnostic> diagnostics) {
    Json json = new Json();
    json.beginObject();
    json.name("version").value(library.version());
    json.name("ok").value(diagnostics.stream().noneMatch(Diagnostic::isError));
    json.name("diagnostics").beginArray();
    for (Diagnostic d : diagnostics) {
      json.beginObject();
      json.name("file").value(d.file());
      json.name("line").value(d.line());
      json.name("column").value(d.column());
      json.name("severity").value(d.severity().name().toLowerCase(Locale.ROOT));
      json.name("message").value(d.message());
      json.name("hint").value(d.hint());
      json.endObject();
    }
    json.endArray();
    json.name("summary").beginObject();
    json.name("sources").value(library.sources().size());
    json.name("passages").value(passages());
    json.name("topics").value(library.topics().size());
    json.name("facts").value(library.facts().size());
    json.name("factsByKind").beginObject();
    factsByKind.forEach((k, v) -> json.name(k.key()).value(v));
    json.endObject();
    json.name("questions").value(library.questions().size());
    json.name("questionsByType").beginObject();
    questionsByType.forEach((k, v) -> json.name(k.key()).value(v));
    json.endObject();
    json.name("questionsByLevel").beginObject();
    questionsByLevel.forEach((k, v) -> json.name(k.key()).value(v));
    json.endObject();
    json.name("glossaryTerms").value(library.glossary().size());
    json.name("coverage").beginObject();
    json.name("cited").value(coverage.cited());
    json.name("total").value(coverage.total());
    json.name("share").value(coverage.share());
    json.name("sources").beginArray();
    for (Coverage.PerSource s : coverage.sources()) {
      json.beginObject();
      json.name("source").value(s.sourceId());
      json.name("cited").value(s.cited());
      json.name("total").value(s.total());
      json.name("share").value(s.share());
      json.name("uncited").beginArray();
      s.uncited().forEach(p -> json.value(p.id()));
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
    json.endObject();
    return json.toString();
  }

  private static <K> String counts(
      Map<K, Integer> map, java.util.function.Function<K, String> key) {
    return String.join(
        ", ",
        map.entrySet().stream().map(e -> key.apply(e.getKey()) + " " + e.getValue()).toList());
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-10s %s%n", label, value));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String clip(String s) {
    return s.length() <= 90 ? s : s.substring(0, 90) + "…";
  }
}
