package org.steppebrief.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.YamlMap;

/** Reads {@code seeds/sources.yaml} and the texts it names into {@link Source}s. */
public final class SourceCatalog {
  /** Largest source text read. */
  public static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;

  private static final Pattern LINES = Pattern.compile("^(\\d+)\\s*-\\s*(\\d+)$|^(\\d+)$");
  private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
  private static final Set<String> SOURCE_FIELDS =
      Set.of(
          "id",
          "file",
          "original_file",
          "title",
          "original_title",
          "genre",
          "language",
          "authors",
          "outlet",
          "date",
          "licence",
          "url",
          "regions",
          "skip");
  private static final Set<String> DETAIL_FIELDS = Set.of("status", "value", "evidence");

  private SourceCatalog() {}

  /** The sources of {@code seedsDir}; problems go to {@code problems}, bad sources are left out. */
  public static List<Source> read(Path seedsDir, String displayDir, Diagnostics problems) {
    Path catalog = seedsDir.resolve("sources.yaml");
    String display = displayDir + "/sources.yaml";
    if (!Files.isRegularFile(catalog)) {
      problems.error(
          Position.wholeFile(display),
          "no source catalog",
          "create " + display + " listing each source text (see README)");
      return List.of();
    }
    var root =
        SafeYaml.read(catalog, display, problems)
            .flatMap(n -> YamlMap.of(n, display, "the catalog", problems));
    if (root.isEmpty()) {
      return List.of();
    }
    root.get().allowOnly(Set.of("sources"), "the catalog");
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : root.get().mappings("sources", "source")) {
      readSource(entry, seedsDir, displayDir, problems)
          .ifPresent(
              source -> {
                if (ids.add(source.id())) {
                  sources.add(source);
                } else {
                  problems.error(
                      entry.position("id"),
                      "duplicate source id `" + source.id() + "`",
                      "give each source its own id");
                }
              });
    }
    return List.copyOf(sources);
  }

  private static Optional<Source> readSource(
      YamlMap entry, Path seedsDir, String displayDir, Diagnostics problems) {
    entry.allowOnly(SOURCE_FIELDS, "a source");
    Optional<String> id = entry.text("id", "a source");
    Optional<String> file = entry.text("file", "a source");
    if (id.isEmpty() || file.isEmpty()) {
      return Optional.empty();
    }
    if (!ID.matcher(id.get()).matches()) {
      problems.error(
          entry.position("id"),
          "source id `" + id.get() + "` is not lower-case words joined by `-`",
          null);
    }
    Path path = seedsDir.resolve(file.get()).normalize();
    if (!path.startsWith(seedsDir.normalize()) || !Files.isRegularFile(path)) {
      problems.error(
          entry.position("file"),
          "source text `" + file.get() + "` not found in " + displayDir,
          "the file must be in the seeds folder, named as in `file:`");
      return Optional.empty();
    }
    Optional<String> text = readText(path, entry.position("file"), problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int lineCount = text.get().split("\r?\n", -1).length;
    List<Region> regions = new ArrayList<>();
    for (YamlMap r : entry.mappings("regions", "region")) {
      readRegion(r, lineCount).ifPresent(regions::add);
    }
    List<Passage> passages = PassageSplitter.split(id.get(), text.get(), regions);
    return Optional.of(
        new Source(
            id.get(),
            file.get(),
            entry.optionalText("original_file").orElse(file.get()),
            entry.optionalText("title"),
            entry.optionalText("original_title"),
            entry.text("genre", "a source").orElse("text"),
            entry.text("language", "a source").orElse("und"),
            authors(entry),
            detail(entry, "outlet"),
            detail(entry, "date"),
            detail(entry, "licence"),
            detail(entry, "url"),
            regions,
            passages,
            SentenceSkips.of(entry, text.get(), passages)));
  }

  private static Optional<String> readText(Path path, Position at, Diagnostics problems) {
    try {
      if (Files.size(path) > MAX_SOURCE_BYTES) {
        problems.error(at, "source text is larger than 16 MB", "split it into several sources");
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      problems.error(at, "source text is not valid UTF-8", "convert it to UTF-8");
    } catch (IOException e) {
      problems.error(at, "cannot read source text: " + e.getMessage(), null);
    }
    return Optional.empty();
  }

  private static Optional<Region> readRegion(YamlMap r, int lineCount) {
    r.allowOnly(Set.of("lines", "role", "reason"), "a region");
    Optional<String> lines = r.text("lines", "a region");
    Optional<String> roleKey = r.text("role", "a region");
    if (lines.isEmpty() || roleKey.isEmpty()) {
      return Optional.empty();
    }
    Role role = Role.fromKey(roleKey.get());
    if (role == null) {
      r.problems()
          .error(
              r.position("role"),
              "unknown region role `" + roleKey.get() + "`",
              "use one of excluded, front-matter, table, references, licence");
      return Optional.empty();
    }
    Matcher m = LINES.matcher(lines.get());
    if (!m.matches()) {
      r.problems().error(r.position("lines"), "lines must be `first-last`, like `72-107`", null);
      return Optional.empty();
    }
    // The pattern admits any digits: a number past the file's length, however long, is out of
    // range.
    long first = lineNumber(m.group(3) != null ? m.group(3) : m.group(1));
    long last = m.group(3) != null ? first : lineNumber(m.group(2));
    if (first < 1 || last < first || last > lineCount) {
      r.problems()
          .error(
              r.position("lines"),
              "lines " + lines.get() + " are outside the file's " + lineCount + " lines",
              null);
      return Optional.empty();
    }
    return Optional.of(
        new Region((int) first, (int) last, role, r.optionalText("reason").orElse("")));
  }

  /** A line number as written; anything past {@code long} is as out of range as its maximum. */
  private static long lineNumber(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static Source.Detail detail(YamlMap entry, String key) {
    Optional<YamlMap> map = entry.mapping(key, "`" + key + "`");
    if (map.isEmpty()) {
      entry
          .problems()
          .error(
              entry.position(key),
              "a source must say what is known of its " + key,
              "add `" + key + ": {status: unknown}` if the text does not give it");
      return Source.Detail.unknown();
    }
    YamlMap d = map.get();
    d.allowOnly(DETAIL_FIELDS, "`" + key + "`");
    Source.Status status = status(d);
    Optional<String> value = d.optionalText("value");
    Optional<String> evidence = d.optionalText("evidence");
    checkStanding(d, key, status, value.isPresent(), evidence.isPresent());
    return new Source.Detail(status, value, evidence);
  }

  private static Source.Authors authors(YamlMap entry) {
    Optional<YamlMap> map = entry.mapping("authors", "`authors`");
    if (map.isEmpty()) {
      entry
          .problems()
          .error(
              entry.position("authors"),
              "a source must say what is known of its authors",
              "add `authors: {status: unknown}` if the text names none");
      return new Source.Authors(Source.Status.UNKNOWN, Optional.empty(), List.of());
    }
    YamlMap a = map.get();
    a.allowOnly(Set.of("status", "evidence", "names"), "`authors`");
    Source.Status status = status(a);
    List<Source.Author> names = new ArrayList<>();
    for (YamlMap n : a.mappings("names", "author")) {
      n.allowOnly(Set.of("name", "description"), "an author");
      n.text("name", "an author")
          .ifPresent(name -> names.add(new Source.Author(name, n.optionalText("description"))));
    }
    Optional<String> evidence = a.optionalText("evidence");
    checkStanding(a, "authors", status, !names.isEmpty(), evidence.isPresent());
    return new Source.Authors(status, evidence, names);
  }

  private static Source.Status status(YamlMap d) {
    String raw = d.text("status", "a detail").orElse("unknown");
    for (Source.Status s : Source.Status.values()) {
      if (s.key().equals(raw)) {
        return s;
      }
    }
    d.problems()
        .error(
            d.position("status"),
            "unknown status `" + raw + "`",
            "use stated, inferred or unknown");
    return Source.Status.UNKNOWN;
  }

  /** Nothing invented: an unknown detail has no value; an inferred one says from what. */
  private static void checkStanding(
      YamlMap d, String key, Source.Status status, boolean hasValue, boolean hasEvidence) {
    if (status == Source.Status.UNKNOWN && hasValue) {
      d.problems()
          .error(
              d.position("status"),
              key + " is marked unknown but has a value",
              "mark it stated or inferred, or remove the value");
    }
    if (status != Source.Status.UNKNOWN && !hasValue) {
      d.problems()
          .error(
              d.position("status"), key + " is marked " + status.key() + " but has no value", null);
    }
    if (status == Source.Status.INFERRED && !hasEvidence) {
      d.problems()
          .error(
              d.position("status"),
              key + " is inferred but the evidence is not given",
              "add `evidence:` saying what in the text implies it");
    }
  }
}
