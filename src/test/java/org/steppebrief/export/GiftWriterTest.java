package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.Slow;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.Grader;
import org.steppebrief.quiz.Response;

/**
 * GIFT exports read back with gift-pegjs and compared with the library, question by question. Where
 * gift-pegjs and Moodle name things differently the comparison follows Moodle's reader
 * (question/format/gift/format.php), which is what instructors import with.
 */
class GiftWriterTest {
  @TempDir Path dir;

  private final GiftWriter writer = new GiftWriter();

  /**
   * An ordering question as Moodle's qtype_ordering reads it from GIFT (its import_from_gift): the
   * options line after "{&gt;", then one item per line up to the general feedback. gift-pegjs 1.0.2
   * predates that syntax and refuses GIFT's special characters in the items, which Moodle's plugin
   * takes as they stand; so the items are read here by the plugin's rules and taken out of what
   * gift-pegjs reads.
   */
  private static final java.util.regex.Pattern ORDERING =
      java.util.regex.Pattern.compile(
          "::((?:[^:\\\\\\n]++|\\\\.)++)::\\[html](?:[^{\\\\\\n]++|\\\\.)*+\\{\\s*>\\s*(\\d+)\\s*ALL\\s*VERTICAL"
              + "\\s*RELATIVE_ALL_PREVIOUS_AND_NEXT\\s*SHOW\\s*none\\n((?:\\t[^\\n]*\\n)*?)(?=\\t####)");

  private static final Map<String, List<String>> orderingItems = new HashMap<>();

  private static JsonNode parse(byte[] gift, Path dir) {
    String text = new String(gift, java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m = ORDERING.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      List<String> items = new ArrayList<>();
      for (String line : m.group(3).split("\\n")) {
        if (!line.isBlank()) {
          items.add(HtmlText.text(line.strip()));
        }
      }
      assertThat(items)
          .as("ordering %s shows all its items", m.group(1))
          .hasSize(Integer.parseInt(m.group(2)));
      orderingItems.put(m.group(1), items);
      m.appendReplacement(
          rest,
          java.util.regex.Matcher.quoteReplacement(m.group().substring(0, m.start(3) - m.start())));
    }
    m.appendTail(rest);
    return GiftPegjs.parse(rest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), dir);
  }

  @NeedsNode
  @Test
  void specialCharactersSurviveTheRoundTripThroughGiftPegjs() {
    Library library = ExportLibraries.specialCharacters(dir.resolve("content"));
    ExportSelection selection = ExportSelection.of(library, List.of(), true);
    ExportResult result = writer.write(selection);

    JsonNode parsed = parse(result.bytes(), dir);

    assertMatchesTheLibrary(library, selection, result, parsed);
    assertThat(result.count()).isEqualTo(12);
  }

  @NeedsNode
  @Slow
  @Test
  void theShippedLibraryWithGeneratedQuestionsParsesAndMatchesQuestionByQuestion() {
    Library library = ExportLibraries.shipped();
    ExportSelection selection = ExportLibraries.shippedWithGenerated();
    ExportResult result = writer.write(selection);

    JsonNode parsed = parse(result.bytes(), dir);

    assertMatchesTheLibrary(library, selection, result, parsed);
  }

  @Test
  void leavesOutClozesWithSeveralBlanksAndSaysWhy() {
    Library library = ExportLibraries.specialCharacters(dir.resolve("content"));
    ExportResult result = writer.write(ExportSelection.of(library, List.of(), false));

    assertThat(result.skipped())
        .extracting(ExportResult.Skipped::questionId)
        .containsExactly("sc-cloze-two");
    assertThat(result.warning())
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .startsWith("skipped 1 question")
                    .contains("cloze 1")
                    .contains("this cloze has 2"));
    String gift = new String(result.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(gift).contains("::sc-order::").doesNotContain("sc-cloze-two");
  }

  @Test
  void writesOrderingAsMoodle44ReadsIt() {
    Question.Ordering order =
        new Question.Ordering(info("o"), List.of("First {a}", "Second # \\ & <b>", "Third"));
    assertThat(GiftWriter.ordering(order))
        .isEqualTo(
            "\t>3 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW none\n"
                + "\tFirst &#123;a&#125;\n"
                + "\tSecond &#35; &#92; &amp; &lt;b&gt;\n"
                + "\tThird\n");
  }

  @Test
  void escapesEverySpecialCharacterWithABackslashAndLineBreaksAsBackslashN() {
    assertThat(GiftWriter.escape("a~b=c#d{e}f:g\\h\ni"))
        .isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  }

  @Test
  void leavesOutAShortAnswerMoodleWouldTakeForAMatchingQuestion() {
    Question.ShortAnswer arrow = new Question.ShortAnswer(info("arrow"), List.of("A -> B"));
    Question.ShortAnswer marker = new Question.ShortAnswer(info("marker"), List.of("[plain] x"));

    assertThat(GiftWriter.whyNot(arrow)).hasValueSatisfying(r -> assertThat(r).contains("->"));
    assertThat(GiftWriter.whyNot(marker)).hasValueSatisfying(r -> assertThat(r).contains("marker"));
  }

  private static Question.QuestionInfo info(String id) {
    return new Question.QuestionInfo(
        id,
        "t",
        "Prompt?",
        List.of("f"),
        "Because.",
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        new org.steppebrief.content.Origin("questions/t.yaml", 1));
  }

  /**
   * Every question the writer kept is in the parse once, under its topic's category, and says what
   * the library says; the ones it skipped are absent and are exactly those GIFT cannot express.
   */
  private static void assertMatchesTheLibrary(
      Library library, ExportSelection selection, ExportResult result, JsonNode parsed) {
    Map<String, JsonNode> byId = new HashMap<>();
    Map<String, String> categoryOf = new HashMap<>();
    String category = null;
    for (JsonNode q : parsed) {
      if (q.get("type").asText().equals("Category")) {
        category = q.get("title").asText();
        continue;
      }
      String id = q.get("id").asText();
      assertThat(byId.put(id, q)).as("question %s appears once", id).isNull();
      categoryOf.put(id, category);
    }
    List<String> expected = new ArrayList<>();
    for (Topic topic : selection.topics()) {
      for (Question question : selection.questionsOf(topic)) {
        boolean expressible =
            !(question instanceof Question.Cloze c && c.text().blanks().size() > 1);
        if (!expressible) {
          assertThat(byId).doesNotContainKey(question.id());
          continue;
        }
        expected.add(question.id());
        JsonNode q = byId.get(question.id());
        assertThat(q).as("question %s is in the GIFT file", question.id()).isNotNull();
        // Moodle reads the category line as it stands but for "\\" (one backslash) and splits its
        // path on "/", a slash in a name being "//".
        assertThat(categoryOf.get(question.id()))
            .isEqualTo(
                library.pack().title()
                    + "/"
                    + topic.title().replace("\\", "\\\\").replace("/", "//"));
        assertSame(library, question, q);
      }
    }
    assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.count()).isEqualTo(expected.size());
    assertThat(result.skipped()).hasSize(selection.questions().size() - expected.size());
  }

  private static void assertSame(Library library, Question question, JsonNode q) {
    String id = question.id();
    assertThat(q.get("title").asText()).isEqualTo(id);
    List<String> tags = texts(q.get("tags"));
    assertThat(tags).contains("topic:" + question.info().topicId());
    question.info().factIds().forEach(f -> assertThat(tags).contains("fact:" + f));
    ExportLibraries.assertFeedbackCarriesTheEvidence(
        library, question, HtmlText.paragraphs(q.get("globalFeedback").get("text").asText()));
    String stem = HtmlText.text(q.get("stem").get("text").asText());
    assertThat(q.get("stem").get("format").asText()).isEqualTo("html");
    if (question instanceof Question.SingleChoice s) {
      assertThat(q.get("type").asText()).isEqualTo("MC");
      assertThat(stem).isEqualTo(s.info().prompt());
      JsonNode choices = q.get("choices");
      assertThat(choices).hasSize(s.choices().size());
      for (int i = 0; i < s.choices().size(); i++) {
        JsonNode c = choices.get(i);
        boolean right = s.choices().get(i).equals(s.answer());
        assertThat(HtmlText.text(c.get("text").get("text").asText())).isEqualTo(s.choices().get(i));
        assertThat(c.get("isCorrect").asBoolean()).as("%s choice %d", id, i).isEqualTo(right);
        String feedback = HtmlText.text(c.get("feedback").get("text").asText());
        if (right) {
          assertThat(feedback).startsWith("Right");
        } else {
          assertThat(feedback).startsWith("Not right").contains(s.answer());
        }
      }
    } else if (question instanceof Question.MultiChoice m) {
      // Moodle sums the weights of the ticked choices and floors at 0: with +100/k on each of the
      // k right choices and -100/k on each wrong one that is our (right - wrong) / k.
      assertThat(q.get("type").asText()).isEqualTo("MC");
      assertThat(stem).isEqualTo(m.info().prompt());
      JsonNode choices = q.get("choices");
      assertThat(choices).hasSize(m.choices().size());
      double share = 100.0 / m.answers().size();
      for (int i = 0; i < m.choices().size(); i++) {
        JsonNode c = choices.get(i);
        boolean right = m.answers().contains(m.choices().get(i));
        assertThat(HtmlText.text(c.get("text").get("text").asText())).isEqualTo(m.choices().get(i));
        assertThat(c.get("weight").asDouble()).isCloseTo(right ? share : -share, within(0.0001));
        assertThat(HtmlText.text(c.get("feedback").get("text").asText()))
            .startsWith(right ? "Right" : "Not right");
      }
    } else if (question instanceof Question.TrueFalse t) {
      assertThat(q.get("type").asText()).isEqualTo("TF");
      assertThat(stem).isEqualTo(t.info().prompt());
      assertThat(q.get("isTrue").asBoolean()).isEqualTo(t.answer());
      // gift-pegjs calls the two feedbacks "true" and "false"; Moodle shows the first for a wrong
      // answer and the second for a right one.
      assertThat(HtmlText.text(q.get("trueFeedback").get("text").asText()))
          .startsWith("Not right")
          .endsWith("is " + t.answer() + ".");
      assertThat(HtmlText.text(q.get("falseFeedback").get("text").asText()))
          .startsWith("Right")
          .endsWith("is " + t.answer() + ".");
    } else if (question instanceof Question.Matching m) {
      assertThat(q.get("type").asText()).isEqualTo("Matching");
      assertThat(stem).isEqualTo(m.info().prompt());
      JsonNode pairs = q.get("matchPairs");
      assertThat(pairs).hasSize(m.pairs().size());
      for (int i = 0; i < m.pairs().size(); i++) {
        assertThat(HtmlText.text(pairs.get(i).get("subquestion").get("text").asText()))
            .isEqualTo(m.pairs().get(i).left());
        assertThat(GiftPegjs.decodePlaceholders(pairs.get(i).get("subanswer").asText()))
            .isEqualTo(oneLine(m.pairs().get(i).right()));
      }
    } else if (question instanceof Question.ShortAnswer s) {
      assertThat(q.get("type").asText()).isEqualTo("Short");
      assertThat(stem).isEqualTo(s.info().prompt());
      assertAcceptsAsTheGrader(s, s.accept(), shortAnswers(q));
    } else if (question instanceof Question.Cloze c) {
      ClozeText text = c.text();
      assertThat(q.get("type").asText()).isEqualTo("Short");
      assertThat(stem)
          .isEqualTo(
              (c.info().prompt()
                      + " "
                      + text.fragments().get(0)
                      + "_____"
                      + text.fragments().get(1))
                  .strip());
      assertAcceptsAsTheGrader(c, text.blanks().get(0), shortAnswers(q));
    } else if (question instanceof Question.Ordering o) {
      assertThat(stem).isEqualTo(o.info().prompt());
      assertThat(q.get("choices").get(0).get("text").get("text").asText().strip())
          .isEqualTo(
              ">" + o.items().size() + " ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW none");
      assertThat(orderingItems.get(id))
          .containsExactlyElementsOf(o.items().stream().map(GiftWriterTest::oneLine).toList());
    }
  }

  /**
   * Every accepted answer is listed, every listed answer is one our grader accepts, and each is
   * there with and without a leading article (Moodle compares whole strings, ignoring case).
   */
  static void assertAcceptsAsTheGrader(
      Question question, List<String> accepted, List<String> listed) {
    java.util.Set<String> lower = new java.util.HashSet<>();
    listed.forEach(a -> lower.add(a.toLowerCase(java.util.Locale.ROOT)));
    for (String answer : accepted) {
      String a = oneLine(answer);
      assertThat(lower)
          .as("%s lists %s", question.id(), a)
          .contains(a.toLowerCase(java.util.Locale.ROOT));
      String bare = a.replaceFirst("(?i)^(the|a|an)\\s+", "");
      if (!org.steppebrief.quiz.AnswerFolding.isEmptyOrArticle(
          org.steppebrief.quiz.AnswerFolding.key(a))) {
        assertThat(lower).contains(bare.toLowerCase(java.util.Locale.ROOT));
        if (Character.isLetter(bare.codePointAt(0))) {
          assertThat(lower).contains(("the " + bare).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    for (String answer : listed) {
      Response response =
          question instanceof Question.Cloze c
              ? new Response.Blanks(List.of(answer))
              : new Response.Text(answer);
      assertThat(Grader.grade(question, response).correct())
          .as("%s: the grader accepts %s, which Moodle would", question.id(), answer)
          .isTrue();
    }
  }

  /**
   * Short answers as Moodle keeps them: plain text (not HTML), every one worth 100%, where "\*" is
   * a literal asterisk and a bare "*" would be a wildcard.
   */
  private static List<String> shortAnswers(JsonNode q) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : q.get("choices")) {
      assertThat(c.get("isCorrect").asBoolean()).isTrue();
      assertThat(c.get("weight").asDouble()).isEqualTo(100.0);
      String answer = c.get("text").get("text").asText();
      assertThat(answer.replace("\\*", "")).doesNotContain("*");
      out.add(answer.replace("\\*", "*"));
    }
    return out;
  }

  /** Moodle trims answers; our grading folds white space, so runs of it may become one space. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static List<String> texts(JsonNode array) {
    if (array == null || array.isNull()) {
      return List.of();
    }
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
