package org.steppebrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.steppebrief.corpus.QuoteIndex;
import org.steppebrief.corpus.Source;
import org.steppebrief.corpus.SourceCatalog;
import org.steppebrief.diagnostic.Diagnostic;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;

/**
 * Builds the {@link Library} from a content folder ({@code seeds/}, {@code questions/} and an
 * optional {@code pack.yaml}) and reports every problem in it. Only a library without errors should
 * reach learners.
 */
public final class LibraryLoader {
  static final String GLOSSARY = "glossary.yaml";

  /** More topic files than this is a mistake (a wrong folder), not a library. */
  static final int MAX_TOPIC_FILES = 2000;

  private LibraryLoader() {}

  /** What loading gave: the library of everything that validated, and every problem. */
  public record Result(Library library, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public static Result load(Path root) {
    Diagnostics problems = new Diagnostics();
    List<Source> sources = SourceCatalog.read(root.resolve("seeds"), "seeds", problems);
    Map<String, QuoteIndex> indexes = new LinkedHashMap<>();
    for (Source source : sources) {
      indexes.put(source.id(), QuoteIndex.of(source.passages()));
    }
    References references = new References(problems);
    FactSheetReader reader = new FactSheetReader(indexes, references, problems);
    List<FactSheetReader.Read> read = new ArrayList<>();
    List<Path> files = topicFiles(root.resolve("questions"), problems);
    for (Path file : files) {
      reader.read(file, "questions/" + file.getFileName()).ifPresent(read::add);
    }
    // Topics in the order their authors gave (a course's order), then by file name.
    List<Topic> topics =
        read.stream()
            .sorted(java.util.Comparator.comparingInt(FactSheetReader.Read::order))
            .map(FactSheetReader.Read::topic)
            .toList();
    List<Term> glossary = List.of();
    Path glossaryFile = root.resolve("questions").resolve(GLOSSARY);
    if (Files.isRegularFile(glossaryFile)) {
      glossary = GlossaryReader.read(glossaryFile, "questions/" + GLOSSARY, references, problems);
    }
    references.resolve();
    Pack pack = PackReader.read(root, sources, topics, problems);
    String version = version(root, sources, files, glossaryFile);
    return new Result(new Library(sources, topics, glossary, version, pack), problems.sorted());
  }

  private static List<Path> topicFiles(Path dir, Diagnostics problems) {
    if (!Files.isDirectory(dir)) {
      problems.error(
          Position.wholeFile("questions"),
          "no questions folder",
          "create questions/ with one YAML file per topic");
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files =
          listing
              .filter(p -> p.getFileName().toString().matches(".+\\.ya?ml"))
              .filter(p -> !p.getFileName().toString().equals(GLOSSARY))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (files.size() > MAX_TOPIC_FILES) {
        problems.error(
            Position.wholeFile("questions"),
            "more than " + MAX_TOPIC_FILES + " topic files",
            "is this the right content folder?");
        return files.subList(0, MAX_TOPIC_FILES);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hash of every input file's name and bytes: the content version outputs show. */
  private static String version(Path root, List<Source> sources, List<Path> topics, Path glossary) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> inputs = new ArrayList<>();
      inputs.add(root.resolve("seeds/sources.yaml"));
      sources.forEach(s -> inputs.add(root.resolve("seeds").resolve(s.file())));
      inputs.addAll(topics);
      inputs.add(glossary);
      inputs.add(root.resolve(Pack.FILE));
      for (Path input : inputs) {
        if (Files.isRegularFile(input)) {
          sha.update(input.getFileName().toString().getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(input));
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
