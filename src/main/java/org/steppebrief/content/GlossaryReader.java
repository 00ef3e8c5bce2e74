package org.steppebrief.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.steppebrief.yaml.SafeYaml;
import org.steppebrief.yaml.YamlMap;

/** Reads {@code questions/glossary.yaml}: terms whose definitions cite facts like summaries do. */
final class GlossaryReader {
  private GlossaryReader() {}

  static List<Term> read(Path file, String display, References references, Diagnostics problems) {
    Optional<YamlMap> root =
        SafeYaml.read(file, display, problems)
            .flatMap(n -> YamlMap.of(n, display, "the glossary", problems));
    if (root.isEmpty()) {
      return List.of();
    }
    root.get().allowOnly(Set.of("terms"), "the glossary");
    List<Term> terms = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (YamlMap t : root.get().mappings("terms", "term")) {
      t.allowOnly(Set.of("term", "expansion", "definition", "facts"), "a glossary term");
      Optional<String> term = t.text("term", "a glossary term");
      Optional<String> definition = t.text("definition", "a glossary term");
      List<String> facts = t.textList("facts", "a glossary term");
      if (term.isEmpty() || definition.isEmpty()) {
        continue;
      }
      Position earlier = seen.putIfAbsent(term.get().toLowerCase(Locale.ROOT), t.position("term"));
      if (earlier != null) {
        problems.error(
            t.position("term"),
            "duplicate glossary term `" + term.get() + "`",
            "it is already defined at " + earlier);
        continue;
      }
      if (facts.isEmpty()) {
        problems.error(
            t.position(),
            "glossary term `" + term.get() + "` cites no fact",
            "a definition says only what the sources say: add `facts:` with the facts it rests on");
      }
      for (String factId : facts) {
        references.cite(factId, t.position("facts"), "glossary term `" + term.get() + "`");
      }
      terms.add(
          new Term(
              term.get(),
              t.optionalText("expansion"),
              definition.get(),
              facts,
              new Origin(display, t.position().line())));
    }
    return List.copyOf(terms);
  }
}
