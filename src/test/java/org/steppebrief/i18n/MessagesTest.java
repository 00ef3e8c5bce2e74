package org.steppebrief.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.QuestionType;
import org.steppebrief.study.Rating;

class MessagesTest {
  private static final Messages M = Messages.shipped();

  @Test
  void russianPluralsFollowCldr() {
    Texts ru = Texts.of(Language.RU);
    assertThat(ru.get("delay.days", 1)).isEqualTo("1 день");
    assertThat(ru.get("delay.days", 2)).isEqualTo("2 дня");
    assertThat(ru.get("delay.days", 5)).isEqualTo("5 дней");
    assertThat(ru.get("delay.days", 11)).isEqualTo("11 дней");
    assertThat(ru.get("delay.days", 21)).isEqualTo("21 день");
    assertThat(ru.get("delay.days", 24)).isEqualTo("24 дня");
    assertThat(ru.get("delay.days", 112)).isEqualTo("112 дней");
    assertThat(Plurals.category(Language.RU, 1.5)).isEqualTo("other");
  }

  @Test
  void englishAndKazakhHaveOneAndOther() {
    assertThat(Texts.english().get("delay.days", 1)).isEqualTo("1 day");
    assertThat(Texts.english().get("delay.days", 0)).isEqualTo("0 days");
    assertThat(Plurals.category(Language.KK, 1)).isEqualTo("one");
    assertThat(Plurals.category(Language.KK, 7)).isEqualTo("other");
    assertThat(Texts.of(Language.KK).get("study.done.reviewed", 0))
        .isEqualTo("Бүгін әлі ештеңе қайталамадыңыз.");
    assertThat(Texts.of(Language.KK).get("study.done.reviewed", 3))
        .isEqualTo("Бүгін 3 карточка қайталадыңыз.");
  }

  @Test
  void argumentsAreFormattedForTheLanguageAndApostrophesArePlain() {
    assertThat(Texts.of(Language.RU).get("quiz.result.points.test", 8.5, 10))
        .isEqualTo("8,5 из 10 баллов, контроль");
    assertThat(Texts.english().get("quiz.result.points.test", 8.5, 10))
        .isEqualTo("8.5 of 10 points, test");
    assertThat(Texts.english().get("source.table.hint")).startsWith("The table's columns");
  }

  @Test
  void datesAreInTheLanguage() {
    java.time.LocalDate d = java.time.LocalDate.of(2026, 12, 4);
    assertThat(Texts.english().date(d)).isEqualTo("4 December 2026");
    assertThat(Texts.of(Language.RU).date(d)).isEqualTo("4 декабря 2026 г.");
    assertThat(Texts.of(Language.KK).date(d)).isEqualTo("2026 ж. 4 желтоқсан");
  }

  @Test
  void thePseudoLocaleWrapsEveryMessage() {
    assertThat(Texts.of(Language.PSEUDO).get("quiz.question.of", 1, 3))
        .isEqualTo("⟦Question 1 of 3⟧");
  }

  @Test
  void anUnknownKeyOrABadPatternFailsLoudly() {
    assertThatThrownBy(() -> Texts.english().get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageText.format("{0,plural,one{x}}", Language.EN, new Object[] {2}))
        .hasMessageContaining("other");
  }

  @Test
  void acceptLanguageChoosesAnOfferedLanguage() {
    assertThat(Language.negotiate("ru-KZ,ru;q=0.9,en;q=0.8")).contains(Language.RU);
    assertThat(Language.negotiate("de, kk;q=0.5, en;q=0.4")).contains(Language.KK);
    assertThat(Language.negotiate("de, fr")).isEmpty();
    assertThat(Language.negotiate("ru;q=0")).isEmpty();
    assertThat(Language.negotiate("%%%")).isEmpty();
  }

  @Test
  void everyBundleHasExactlyTheEnglishKeys() {
    Set<String> english = M.keys(Language.EN);
    for (Language l : Language.offered()) {
      assertThat(M.keys(l)).as(l.tag()).isEqualTo(english);
    }
  }

  @Test
  void everyMessageFormatsInEveryLanguage() {
    Object[] args = {3, 2, 1, 4, 5, 6};
    for (Language l : Language.values()) {
      for (String key : M.keys(Language.EN)) {
        if (!key.startsWith("format.")) {
          assertThat(M.get(l, key, args)).as(l + " " + key).isNotBlank().doesNotContain("{");
        }
      }
    }
  }

  /**
   * Every key the templates and the Java code use is in the bundles, and every key of the bundles
   * is used: literally ({@code #{key}}, {@code "key"}) or as a family built from a prefix and an
   * enum or status ({@code type.}, {@code instruction.}, {@code rating.}, ...), listed here.
   */
  @Test
  void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern templateKey = Pattern.compile("#\\{([a-z][a-z0-9.-]+)[}(]");
    Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    for (Path root : new Path[] {Path.of("templates"), Path.of("src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.toString();
          if (!(name.endsWith(".html") || name.endsWith(".xhtml") || name.endsWith(".java"))) {
            continue;
          }
          String text = Files.readString(f);
          Matcher m = (name.endsWith(".java") ? literal : templateKey).matcher(text);
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    Set<String> bundle = M.keys(Language.EN);
    for (QuestionType t : QuestionType.values()) {
      used.add("type." + t.key());
      used.add("instruction." + t.key());
      if (t != QuestionType.CLOZE) {
        used.add("card.cue." + t.key());
      }
    }
    for (Rating r : Rating.values()) {
      used.add("rating." + r.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String s : new String[] {"stated", "inferred", "unknown"}) {
      used.add("status." + s);
    }
    for (String s : new String[] {"year", "programme", "holder"}) {
      used.add("card.cue." + s);
    }
    for (String k : new String[] {"assessment", "prediction", "quotation"}) {
      used.add("evidence.held-by." + k);
    }
    for (String f : new String[] {"gift", "moodle", "qti", "anki", "csv"}) {
      used.add("export.format." + f);
    }
    for (String u : new String[] {"questions", "facts"}) {
      used.add("exports.holds." + u);
    }
    for (int status : new int[] {400, 403, 404, 405, 413, 500, 503}) {
      used.add("error.title." + status);
    }
    for (String d : new String[] {"outlet", "date", "licence", "url"}) {
      used.add("source." + d);
    }
    Set<String> usedKeys = new TreeSet<>(used);
    usedKeys.retainAll(bundle);
    Set<String> unused = new TreeSet<>(bundle);
    unused.removeAll(used);
    assertThat(unused).as("keys no template or class uses").isEmpty();
    Set<String> templateKeys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("templates"))) {
      for (Path f : files.filter(p -> p.toString().endsWith("html")).toList()) {
        Matcher m = templateKey.matcher(Files.readString(f));
        while (m.find()) {
          templateKeys.add(m.group(1));
        }
      }
    }
    templateKeys.removeAll(bundle);
    assertThat(templateKeys).as("keys templates use that no bundle has").isEmpty();
  }
}
