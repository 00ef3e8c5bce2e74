package org.steppebrief.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.steppebrief.corpus.Source;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.YamlMap;

/** Reads {@code pack.yaml}, the content folder's name for itself; without one, the defaults. */
final class PackReader {
  static final Set<String> FIELDS = Set.of("title", "subtitle", "language", "licence");

  /** A BCP 47 tag as people write them: a language, then optional script, region or variant. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private PackReader() {}

  static Pack read(Path root, List<Source> sources, List<Topic> topics, Diagnostics problems) {
    Pack defaults = Pack.defaults(sources, topics);
    Path file = root.resolve(Pack.FILE);
    if (!Files.isRegularFile(file)) {
      return defaults;
    }
    Optional<YamlMap> map =
        SafeYaml.read(file, Pack.FILE, problems)
            .flatMap(n -> YamlMap.of(n, Pack.FILE, "the pack file", problems));
    if (map.isEmpty()) {
      return defaults;
    }
    YamlMap pack = map.get();
    pack.allowOnly(FIELDS, "the pack file");
    Optional<String> title = pack.text("title", "the pack file");
    String language = pack.optionalText("language").orElse(defaults.language());
    if (!LANGUAGE.matcher(language).matches()) {
      problems.error(
          pack.position("language"),
          "`" + language + "` is not a language tag",
          "write a BCP 47 tag such as `en`, `kk` or `pt-BR`");
      language = defaults.language();
    }
    return new Pack(
        title.orElse(defaults.title()),
        pack.optionalText("subtitle"),
        language,
        pack.optionalText("licence"),
        title.isPresent());
  }
}
