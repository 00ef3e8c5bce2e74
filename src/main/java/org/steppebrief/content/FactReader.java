package org.steppebrief.content;

import static org.steppebrief.content.FactSheetReader.checkId;
import static org.steppebrief.content.FactSheetReader.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.yaml.Spelling;
import org.steppebrief.yaml.YamlMap;

/**
 * Reads one fact of a fact sheet and finds its quote in its source; when the quote is not there
 * exactly once, the diagnostic says where it nearly is or where else it is.
 */
final class FactReader {
  private static final int MIN_QUOTE_WORDS = 4;
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

  private final Map<String, QuoteIndex> indexes;
  private final References references;
  private final Diagnostics problems;

  FactReader(Map<String, QuoteIndex> indexes, References references, Diagnostics problems) {
    this.indexes = indexes;
    this.references = references;
    this.problems = problems;
  }

  Optional<Fact> read(YamlMap f, String topicId) {
    f.allowOnly(FACT_FIELDS, "a fact");
    Optional<String> id = f.text("id", "a fact");
    Optional<String> statement = f.text("statement", "a fact");
    Optional<String> sourceId = f.text("source", "a fact");
    Optional<String> quote = f.text("quote", "a fact");
    Optional<FactKind> kind = readKind(f);
    Optional<String> saidBy = f.optionalText("said_by");
    Optional<Integer> year = f.optionalInt("year");
    List<String> actors = f.optionalTextList("actors").orElse(List.of());
    id.ifPresent(value -> checkId(problems, f, "id", value, "fact"));
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
}
