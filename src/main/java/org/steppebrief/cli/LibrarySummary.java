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
import org.steppebrief.content.SentenceCoverage;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.SourceSentence;
import org.steppebrief.diagnostic.Diagnostic;

/**
 * The counts {@code check} prints: what the library holds and how much of the sources it covers.
 */
record LibrarySummary(
    Library library,
    Map<FactKind, Integer> factsByKind,
    Map<QuestionType, Integer> questionsByType,
    Map<Level, Integer> questionsByLevel,
    Coverage coverage,
    SentenceCoverage sentences) {

  static LibrarySummary of(Library library) {
    Coverage coverage = Coverage.of(library);
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
    return new LibrarySummary(
        library, kinds, types, levels, coverage, SentenceCoverage.of(library));
  }

  int passages() {
    return library.sources().stream().mapToInt(s -> s.passages().size()).sum();
  }

  /** What {@code check --uncited} (and {@code --skipped}) lists under each source. */
  enum Listing {
    NONE,
    UNCITED,
    UNCITED_AND_SKIPPED
  }

  String toText(Listing listing) {
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
            + " substantive body passages, "
            + sentences.total()
            + " sentences)");
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
            + "); "
            + percent(sentences.share())
            + " of their sentences cited or skipped ("
            + sentences.cited()
            + " cited + "
            + sentences.skipped()
            + " skipped of "
            + sentences.total()
            + ")");
    out.append(
        String.format(
            Locale.ROOT,
            "    %-32s %9s %7s   %s%n",
            "",
            "passages",
            "",
            "sentences cited+skipped/total"));
    for (int i = 0; i < coverage.sources().size(); i++) {
      Coverage.PerSource s = coverage.sources().get(i);
      SentenceCoverage.PerSource t = sentences.sources().get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "    %-32s %4d/%-4d %6s   %4d+%d/%-4d %s%n",
              s.sourceId(),
              s.cited(),
              s.total(),
              percent(s.share()),
              t.cited(),
              t.skipped().size(),
              t.total(),
              percent(t.share())));
      if (listing != Listing.NONE) {
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
        for (SourceSentence u : t.uncited()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "        uncited sentence %s:%d ¶%d: %s%n",
                  t.file(),
                  u.line(),
                  u.paragraph(),
                  clip(u.text())));
        }
      }
      if (listing == Listing.UNCITED_AND_SKIPPED) {
        for (SourceSentence k : t.skipped()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "        skipped sentence %s:%d ¶%d: %s%n            reason: %s%n",
                  t.file(),
                  k.line(),
                  k.paragraph(),
                  clip(k.text()),
                  k.skipReason().orElse("")));
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
    json.name("sentence_coverage").beginObject();
    json.name("cited").value(sentences.cited());
    json.name("skipped").value(sentences.skipped());
    json.name("total").value(sentences.total());
    json.name("share").value(sentences.share());
    json.name("sources").beginArray();
    for (SentenceCoverage.PerSource s : sentences.sources()) {
      json.beginObject();
      json.name("source").value(s.sourceId());
      json.name("cited").value(s.cited());
      json.name("skipped").value(s.skipped().size());
      json.name("total").value(s.total());
      json.name("share").value(s.share());
      json.name("uncited").beginArray();
      s.uncited().forEach(u -> sentenceJson(json, s.file(), u));
      json.endArray();
      json.name("skipped_sentences").beginArray();
      s.skipped().forEach(k -> sentenceJson(json, s.file(), k));
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
    json.endObject();
    return json.toString();
  }

  private static void sentenceJson(Json json, String file, SourceSentence s) {
    json.beginObject();
    json.name("file").value(file);
    json.name("line").value(s.line());
    json.name("paragraph").value(s.paragraph());
    json.name("passage").value(s.passageId());
    json.name("text").value(s.text());
    s.skipReason().ifPresent(r -> json.name("reason").value(r));
    json.endObject();
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
