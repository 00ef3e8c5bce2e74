package org.steppebrief.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads a YAML file into a node tree under hard limits, never into Java objects.
 *
 * <p>Content files come from authors, so reading one must not run code (we only compose nodes, no
 * tags are constructed), hang or exhaust memory: the file size is checked before a byte is parsed,
 * aliases to collections are capped (a "billion laughs" document needs thousands), and nesting
 * depth is capped well above anything a fact sheet needs.
 */
public final class SafeYaml {
  /** Largest content file read; a fact sheet of 300 facts is about 150 KB. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 24;

  private SafeYaml() {}

  /** Composes {@code file}, or records why it cannot be read and returns empty. */
  public static Optional<Node> read(Path file, String displayName, Diagnostics problems) {
    Position whole = Position.wholeFile(displayName);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      problems.error(whole, "cannot read file: " + e.getMessage(), null);
      return Optional.empty();
    }
    if (size > MAX_FILE_BYTES) {
      problems.error(
          whole,
          String.format(
              java.util.Locale.ROOT,
              "file is %.1f MB; a content file may be at most %d MB",
              size / (1024.0 * 1024.0),
              MAX_FILE_BYTES / (1024 * 1024)),
          "split it into several topic files");
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      Node node = yaml().compose(new InputStreamReader(in, decoder));
      if (node == null) {
        problems.error(whole, "file is empty", "a fact sheet starts with `id:` and `title:`");
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Position at =
          mark == null
              ? whole
              : new Position(displayName, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? e.getContext() : "";
      problems.error(
          at,
          "YAML syntax error: " + problem + (context.isEmpty() ? "" : " (" + context + ")"),
          problem.contains("tag")
              ? "content files are plain YAML: no `!!` tags"
              : "check the indentation and quoting around this line; a value with `: ` or `#` in"
                  + " it needs quotes");
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error(whole, "refused: " + limitMessage(e), null);
      return Optional.empty();
    } catch (CharacterCodingException e) {
      problems.error(whole, "file is not valid UTF-8", "save it as UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CharacterCodingException) {
        problems.error(whole, "file is not valid UTF-8", "save it as UTF-8");
      } else {
        problems.error(whole, "cannot read file: " + e.getMessage(), null);
      }
      return Optional.empty();
    }
  }

  private static String limitMessage(YAMLException e) {
    String raw = String.valueOf(e.getMessage());
    if (raw.contains("aliases")) {
      return "too many aliases (at most " + MAX_ALIASES + "); fact sheets need none";
    }
    if (raw.contains("Nesting Depth")) {
      return "nested more than " + MAX_DEPTH + " levels deep; a fact sheet needs four";
    }
    if (raw.contains("code points")) {
      return "document is larger than the limit";
    }
    return raw;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
  }
}
