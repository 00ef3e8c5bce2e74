package org.steppebrief.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steppebrief.corpus.Source;

/**
 * The program is a generator for any content pack: nothing under {@code src/main} or {@code
 * templates} may name the shipped pack's subject, the people its sources and facts name, or its
 * source ids. The names are read from the shipped content itself (authors in {@code
 * seeds/sources.yaml}, holders in facts' {@code said_by}), so a new source or holder is covered
 * without touching this test; the subject words are listed here.
 */
class NoSubjectInProgramTest {
  /** The shipped pack's subject: places, organisations, programmes and events it is about. */
  private static final List<String> SUBJECT =
      List.of(
          "Kazakhstan",
          "Kazakh",
          "Kazakhstani",
          "NATO",
          "Kazbrig",
          "Caspian",
          "Astana",
          "Almaty",
          "Steppe Eagle",
          "Central Asia",
          "Central Asian",
          "CSTO",
          "SCO",
          "ISAF",
          "PfP",
          "IPAP",
          "PARP",
          "Partnership for Peace",
          "Afghanistan",
          "Uzbekistan",
          "Kyrgyzstan",
          "Vestnik Kavkaza");

  /** Words of a holder's description that are not a name ("President X", "Experts from Y"). */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "President",
          "Some",
          "Experts",
          "Military",
          "Doctrine",
          "Republic",
          "Defense",
          "Minister",
          "Institute",
          "War",
          "Peace",
          "Reporting",
          "The");

  @Test
  void nothingUnderSrcMainOrTemplatesNamesTheShippedPack() throws IOException {
    Library library = LibraryLoader.load(Path.of(".")).library();
    Set<String> forbidden = new LinkedHashSet<>(SUBJECT);
    for (Source source : library.sources()) {
      forbidden.add(source.id());
      source.authors().names().forEach(a -> forbidden.addAll(nameWords(a.name())));
    }
    for (Fact fact : library.facts()) {
      fact.saidBy().ifPresent(holder -> forbidden.addAll(nameWords(holder)));
    }
    assertThat(forbidden).contains("Shaymergenov", "panfilova", "Vilisov");

    Pattern any =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}-])("
                + String.join("|", forbidden.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
    List<String> hits = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main"), Path.of("templates"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          if (file.toString().matches(".*\\.(ttf|otf|png|jpg|ico|woff2?)$")) {
            continue;
          }
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            Matcher m = any.matcher(lines.get(i));
            while (m.find()) {
              hits.add(file + ":" + (i + 1) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(hits).as("subject words, people and source ids of the shipped pack").isEmpty();
  }

  /** The words of a name: capitalised words of five letters or more that are not titles. */
  private static List<String> nameWords(String text) {
    String plain = text.replaceAll("\\(.*", "");
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{Lu}[\\p{L}’'-]{4,}").matcher(plain);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }
}
