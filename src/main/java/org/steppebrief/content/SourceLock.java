package org.steppebrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.YamlMap;

/**
 * {@code seeds/sources.lock}: the SHA-256 of every source text and, for every fact, the passage and
 * character range where its quote was found. When a source text changes, {@link #drift} says for
 * each fact citing it whether its quote is still where it was, has moved, or is gone, so an edit
 * that orphans a fact is caught when the content is checked, not by a learner.
 *
 * <p>One line per source and per fact, written in a fixed order: a change to the lock diffs as the
 * facts it touches, and a library of any size fits (a YAML lock would meet the content size limit).
 *
 * @param sources SHA-256 (hex) of each source's text, by source id
 * @param facts where each fact's quote was, by fact id
 */
public record SourceLock(Map<String, String> sources, Map<String, Entry> facts) {
  public static final String FILE = "seeds/sources.lock";

  public SourceLock {
    sources = Map.copyOf(sources);
    facts = Map.copyOf(facts);
  }

  /** Where a fact's quote was: its source, passage, paragraph number and range in the text. */
  public record Entry(
      String factId,
      String sourceId,
      String passageId,
      int paragraph,
      int start,
      int end,
      String file) {}

  /** The lock of a library as it is now. */
  public static SourceLock of(Path root, Library library) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Source s : library.sources()) {
      sources.put(s.id(), sha256(root.resolve("seeds").resolve(s.file())));
    }
    Map<String, Entry> facts = new LinkedHashMap<>();
    for (Fact f : library.facts()) {
      Citation c = f.citation();
      Passage p = library.passageOf(f);
      facts.put(
          f.id(),
          new Entry(
              f.id(),
              c.sourceId(),
              c.passageId(),
              p.number(),
              c.start(),
              c.end(),
              f.origin().file()));
    }
    return new SourceLock(sources, facts);
  }

  /** Reads the lock; empty when there is none. A malformed line is an error at its line. */
  public static Optional<SourceLock> read(Path root, Diagnostics problems) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Entry> facts = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ", 8);
      try {
        if (f[0].equals("source") && f.length == 3 && f[2].matches("[0-9a-f]{64}")) {
          sources.put(f[1], f[2]);
          continue;
        }
        if (f[0].equals("fact") && f.length == 8) {
          facts.put(
              f[1],
              new Entry(
                  f[1],
                  f[2],
                  f[3],
                  Integer.parseInt(f[4]),
                  Integer.parseInt(f[5]),
                  Integer.parseInt(f[6]),
                  f[7]));
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.error(
          new Position(FILE, n + 1, 1),
          "malformed line in the lock",
          "the lock is written by `check --update-lock`; run it to write the lock afresh");
    }
    return Optional.of(new SourceLock(sources, facts));
  }

  /** Writes the lock, sources and facts in library order. */
  public void write(Path root) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by `check --update-lock`; do not edit by hand.\n");
    out.append("# Each source text's SHA-256, then where each fact's quote was found:\n");
    out.append(
        "# fact ID SOURCE PASSAGE PARAGRAPH START END FILE (start and end in the passage's text)\n");
    sources.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append("source ")
                    .append(e.getKey())
                    .append(' ')
                    .append(e.getValue())
                    .append('\n'));
    facts.values().stream()
        .sorted(java.util.Comparator.comparing(Entry::factId))
        .forEach(
            e ->
                out.append("fact ")
                    .append(e.factId())
                    .append(' ')
                    .append(e.sourceId())
                    .append(' ')
                    .append(e.passageId())
                    .append(' ')
                    .append(e.paragraph())
                    .append(' ')
                    .append(e.start())
                    .append(' ')
                    .append(e.end())
                    .append(' ')
                    .append(e.file())
                    .append('\n'));
    try {
      Files.writeString(root.resolve(FILE), out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What changed since the lock: a warning naming each changed source, a warning for each fact of
   * it whose quote is now elsewhere, an error at the fact for each whose quote is gone. Facts still
   * where they were, and sources unchanged, say nothing.
   */
  public List<Diagnostic> drift(Path root, Library library) {
    Diagnostics out = new Diagnostics();
    Map<String, Fact> loaded = library.factsById();
    for (Source source : library.sources()) {
      String locked = sources.get(source.id());
      String now = sha256(root.resolve("seeds").resolve(source.file()));
      if (locked == null || locked.equals(now)) {
        continue;
      }
      int fine = 0;
      int moved = 0;
      int gone = 0;
      QuoteIndex index = null;
      for (Entry was :
          facts.values().stream()
              .filter(e -> e.sourceId().equals(source.id()))
              .sorted(java.util.Comparator.comparing(Entry::factId))
              .toList()) {
        Fact fact = loaded.get(was.factId());
        if (fact != null && fact.sourceId().equals(source.id())) {
          Citation c = fact.citation();
          if (c.passageId().equals(was.passageId())
              && c.start() == was.start()
              && c.end() == was.end()) {
            fine++;
            continue;
          }
          moved++;
          Passage p = library.passageOf(fact);
          out.warning(
              Raw.find(root, was)
                  .map(Raw::at)
                  .orElse(new Position(fact.origin().file(), fact.origin().line(), 1)),
              "the quote of fact `"
                  + fact.id()
                  + "` is now in "
                  + label(p)
                  + " of the changed source `"
                  + source.id()
                  + "` (it was in ¶"
                  + was.paragraph()
                  + ", "
                  + was.passageId()
                  + ", characters "
                  + was.start()
                  + "-"
                  + was.end()
                  + ")",
              "check that the fact still says what its new passage says, then run `check --update-lock`");
          continue;
        }
        Optional<Raw> raw = Raw.find(root, was);
        if (raw.isEmpty() || !raw.get().sourceId().equals(source.id())) {
          continue; // the author removed the fact or moved it to another source
        }
        gone++;
        if (index == null) {
          index = QuoteIndex.of(source.passages());
        }
        out.error(
            raw.get().at(),
            "the quote of fact `"
                + was.factId()
                + "` is gone from the changed source `"
                + source.id()
                + "` (it was in ¶"
                + was.paragraph()
                + ", "
                + was.passageId()
                + ")",
            closest(index, raw.get().quote()));
      }
      out.warning(
          Position.wholeFile("seeds/" + source.file()),
          "source `" + source.id() + "` has changed since " + FILE,
          fine
              + " of its facts are where they were, "
              + moved
              + " moved, "
              + gone
              + " gone; when they are right, `check --update-lock` accepts the new text");
    }
    return out.sorted();
  }

  private static String closest(QuoteIndex index, String quote) {
    QuoteIndex.Result r = index.find(quote, null, null, null);
    if (r instanceof QuoteIndex.NotFound miss) {
      return miss.closest()
          .map(
              p ->
                  "closest passage now is "
                      + label(p)
                      + ": \""
                      + FactSheetReader.clip(p.text())
                      + "\"; "
                      + miss.hint())
          .orElse(miss.hint());
    }
    if (r instanceof QuoteIndex.Found f) {
      return "the words are in "
          + label(f.passage())
          + ", but the fact's prefix, suffix or passage no longer fit";
    }
    return "the words are still in the source, but no longer in one place: quote them anew";
  }

  private static String label(Passage p) {
    return "¶" + p.number() + " (" + p.id() + ", line " + p.firstLine() + ")";
  }

  /** A fact as written in its file, read only for where it is and what it quotes. */
  private record Raw(Position at, String sourceId, String quote) {
    static Optional<Raw> find(Path root, Entry entry) {
      Path file = root.resolve(entry.file());
      if (!entry.file().startsWith("questions/") || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Diagnostics ignored = new Diagnostics();
      Optional<YamlMap> topic =
          SafeYaml.read(file, entry.file(), ignored)
              .flatMap(n -> YamlMap.of(n, entry.file(), "a fact sheet", ignored));
      if (topic.isEmpty()) {
        return Optional.empty();
      }
      for (YamlMap f : topic.get().mappings("facts", "fact")) {
        if (f.optionalText("id").orElse("").equals(entry.factId())) {
          return Optional.of(
              new Raw(
                  f.position(),
                  f.optionalText("source").orElse(""),
                  f.optionalText("quote").orElse("")));
        }
      }
      return Optional.empty();
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
