package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.Slow;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moodle XML exports read back with the JDK's XML parser and compared with the library, question by
 * question, following Moodle's reader (question/format/xml/format.php).
 */
class MoodleXmlWriterTest {
  /** A cloze blank as Moodle's multianswer parser finds it: up to the first unescaped "}". */
  private static final Pattern BLANK = Pattern.compile("\\{(\\d+):SHORTANSWER:([^}]*)}");

  @TempDir Path dir;

  private final MoodleXmlWriter writer = new MoodleXmlWriter();

  @Test
  void specialCharactersSurviveTheRoundTripThroughAnXmlParser() {
    Library library = ExportLibraries.specialCharacters(dir);
    ExportSelection selection = ExportSelection.of(library, List.of(), true);
    ExportResult result = writer.write(selection);

    assertMatchesTheLibrary(library, selection, parse(result.bytes()));
    assertThat(result.count()).isEqualTo(13);
    assertThat(result.skipped()).isEmpty();
  }

  @Slow
  @Test
  void theShippedLibraryWithGeneratedQuestionsMatchesQuestionByQuestion() {
    Library library = ExportLibraries.shipped();
    ExportSelection selection = ExportLibraries.shippedWithGenerated();
    ExportResult result = writer.write(selection);

    assertMatchesTheLibrary(library, selection, parse(result.bytes()));
    assertThat(result.count()).isEqualTo(selection.questions().size());
  }

  @Test
  void leavesOutAShortAnswerHoldingAnEscapedWildcard() {
    Question.ShortAnswer q =
        new Question.ShortAnswer(
            new Question.QuestionInfo(
                "star",
                "t",
                "Prompt?",
                List.of("f"),
                "Because.",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                new org.steppebrief.content.Origin("questions/t.yaml", 1)),
            List.of("a\\*b"));

    assertThat(MoodleXmlWriter.whyNot(q)).hasValueSatisfying(r -> assertThat(r).contains("\\*"));
  }

  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setCoalescing(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("the Moodle XML is not well-formed", e);
    }
  }

  private static void assertMatchesTheLibrary(
      Library library, ExportSelection selection, Document doc) {
    Element quiz = doc.getDocumentElement();
    assertThat(quiz.getTagName()).isEqualTo("quiz");
    Map<String, Element> byId = new HashMap<>();
    Map<String, String> categoryOf = new HashMap<>();
    String category = null;
    for (Element q : children(quiz, "question")) {
      if (q.getAttribute("type").equals("category")) {
        category = text(child(child(q, "category"), "text"));
        continue;
      }
      String id = text(child(q, "idnumber"));
      assertThat(byId.put(id, q)).as("question %s appears once", id).isNull();
      categoryOf.put(id, category);
    }
    assertThat(byId).hasSize(selection.questions().size());
    // Every question weighs the same: Moodle gives a cloze the sum of its blanks' whole-number
    // weights, so all weigh the least common multiple of the clozes' blank counts.
    int mark = 1;
    for (Question question : selection.questions()) {
      if (question instanceof Question.Cloze c) {
        int n = c.text().blanks().size();
        mark =
            mark
                * n
                / java.math.BigInteger.valueOf(mark)
                    .gcd(java.math.BigInteger.valueOf(n))
                    .intValue();
      }
    }
    for (Element q : byId.values()) {
      if (!q.getAttribute("type").equals("cloze")) {
        assertThat(text(child(q, "defaultgrade"))).isEqualTo(String.valueOf(mark));
      } else {
        Matcher blank = BLANK.matcher(text(child(child(q, "questiontext"), "text")));
        int total = 0;
        while (blank.find()) {
          total += Integer.parseInt(blank.group(1));
        }
        assertThat(total)
            .as("cloze %s weighs as much as the others", text(child(q, "idnumber")))
            .isEqualTo(mark);
      }
    }
    for (Topic topic : selection.topics()) {
      for (Question question : selection.questionsOf(topic)) {
        Element q = byId.get(question.id());
        assertThat(q).as("question %s", question.id()).isNotNull();
        // Moodle splits a category path on "/"; "//" is a slash inside a name.
        assertThat(categoryOf.get(question.id()))
            .isEqualTo(library.pack().title() + "/" + topic.title().replace("/", "//"));
        assertSame(library, question, q);
      }
    }
  }

  private static void assertSame(Library library, Question question, Element q) {
    String id = question.id();
    assertThat(text(child(child(q, "name"), "text"))).isEqualTo(id);
    List<String> tags = new ArrayList<>();
    for (Element tag : children(child(q, "tags"), "tag")) {
      tags.add(text(child(tag, "text")));
    }
    assertThat(tags).contains("topic:" + question.info().topicId());
    question.info().factIds().forEach(f -> assertThat(tags).contains("fact:" + f));
    assertThat(child(q, "generalfeedback").getAttribute("format")).isEqualTo("html");
    ExportLibraries.assertFeedbackCarriesTheEvidence(
        library, question, HtmlText.paragraphs(text(child(child(q, "generalfeedback"), "text"))));
    String html = text(child(child(q, "questiontext"), "text"));
    assertThat(child(q, "questiontext").getAttribute("format")).isEqualTo("html");
    String type = q.getAttribute("type");
    if (question instanceof Question.SingleChoice s) {
      assertThat(type).isEqualTo("multichoice");
      assertThat(text(child(q, "single"))).isEqualTo("true");
      assertThat(HtmlText.text(html)).isEqualTo(s.info().prompt());
      List<Element> answers = children(q, "answer");
      assertThat(answers).hasSize(s.choices().size());
      for (int i = 0; i < answers.size(); i++) {
        boolean right = s.choices().get(i).equals(s.answer());
        assertThat(HtmlText.text(text(child(answers.get(i), "text"))))
            .isEqualTo(s.choices().get(i));
        assertThat(answers.get(i).getAttribute("fraction")).isEqualTo(right ? "100" : "0");
      }
    } else if (question instanceof Question.MultiChoice m) {
      // Moodle sums the fractions of the ticked choices and floors at 0: (right - wrong) / k.
      assertThat(type).isEqualTo("multichoice");
      assertThat(text(child(q, "single"))).isEqualTo("false");
      assertThat(HtmlText.text(html)).isEqualTo(m.info().prompt());
      List<Element> answers = children(q, "answer");
      assertThat(answers).hasSize(m.choices().size());
      double share = 100.0 / m.answers().size();
      for (int i = 0; i < answers.size(); i++) {
        boolean right = m.answers().contains(m.choices().get(i));
        assertThat(HtmlText.text(text(child(answers.get(i), "text"))))
            .isEqualTo(m.choices().get(i));
        assertThat(Double.parseDouble(answers.get(i).getAttribute("fraction")))
            .isCloseTo(right ? share : -share, within(0.0001));
      }
    } else if (question instanceof Question.TrueFalse t) {
      assertThat(type).isEqualTo("truefalse");
      assertThat(HtmlText.text(html)).isEqualTo(t.info().prompt());
      for (Element answer : children(q, "answer")) {
        boolean value = Boolean.parseBoolean(text(child(answer, "text")));
        assertThat(answer.getAttribute("fraction")).isEqualTo(value == t.answer() ? "100" : "0");
        assertThat(HtmlText.text(text(child(child(answer, "feedback"), "text"))))
            .startsWith(value == t.answer() ? "Right" : "Not right");
      }
    } else if (question instanceof Question.Ordering o) {
      // RELATIVE_ALL_PREVIOUS_AND_NEXT counts each item's rightly placed predecessors and
      // successors: each pair twice, so the share of pairs in the right order.
      assertThat(type).isEqualTo("ordering");
      assertThat(HtmlText.text(html)).isEqualTo(o.info().prompt());
      assertThat(text(child(q, "gradingtype"))).isEqualTo("RELATIVE_ALL_PREVIOUS_AND_NEXT");
      assertThat(text(child(q, "selecttype"))).isEqualTo("ALL");
      assertThat(text(child(q, "selectcount"))).isEqualTo(String.valueOf(o.items().size()));
      // An empty shownumcorrect reads as off.
      assertThat(text(child(q, "shownumcorrect"))).isEqualTo("1");
      assertThat(children(q, "answer").stream().map(a -> HtmlText.text(text(child(a, "text")))))
          .containsExactlyElementsOf(o.items());
    } else if (question instanceof Question.Matching m) {
      assertThat(type).isEqualTo("matching");
      assertThat(HtmlText.text(html)).isEqualTo(m.info().prompt());
      List<Element> subs = children(q, "subquestion");
      assertThat(subs).hasSize(m.pairs().size());
      for (int i = 0; i < subs.size(); i++) {
        assertThat(HtmlText.text(text(child(subs.get(i), "text"))))
            .isEqualTo(m.pairs().get(i).left());
        assertThat(text(child(child(subs.get(i), "answer"), "text")))
            .isEqualTo(m.pairs().get(i).right().strip());
      }
    } else if (question instanceof Question.ShortAnswer s) {
      assertThat(type).isEqualTo("shortanswer");
      assertThat(text(child(q, "usecase"))).isEqualTo("0");
      assertThat(HtmlText.text(html)).isEqualTo(s.info().prompt());
      List<String> accepted = new ArrayList<>();
      for (Element answer : children(q, "answer")) {
        assertThat(answer.getAttribute("fraction")).isEqualTo("100");
        accepted.add(literal(text(child(answer, "text"))));
      }
      GiftWriterTest.assertAcceptsAsTheGrader(s, s.accept(), accepted);
    } else if (question instanceof Question.Cloze c) {
      assertThat(type).isEqualTo("cloze");
      assertCloze(c, html);
      assertThat(children(q, "defaultgrade")).isEmpty();
    }
  }

  /**
   * Reads the cloze as Moodle's multianswer parser does: a blank runs from "{1:SHORTANSWER:" to the
   * first "}", its alternatives are split on "~", each starts with "=" (100%), and character
   * references are decoded only after the split.
   */
  private static void assertCloze(Question.Cloze c, String html) {
    ClozeText text = c.text();
    int split = html.indexOf("</p><p>");
    assertThat(split).isPositive();
    assertThat(HtmlText.text(html.substring(0, split + "</p>".length())))
        .isEqualTo(c.info().prompt());
    assertThat(html).endsWith("</p>");
    String body = html.substring(split + "</p><p>".length(), html.length() - "</p>".length());
    Matcher m = BLANK.matcher(body);
    List<String> fragments = new ArrayList<>();
    List<List<String>> blanks = new ArrayList<>();
    int at = 0;
    while (m.find()) {
      fragments.add(HtmlText.text(body.substring(at, m.start())));
      List<String> alternatives = new ArrayList<>();
      for (String alternative : m.group(2).split("~")) {
        assertThat(alternative).startsWith("=");
        alternatives.add(literal(HtmlText.text(alternative.substring(1))));
      }
      blanks.add(alternatives);
      at = m.end();
    }
    fragments.add(HtmlText.text(body.substring(at)));
    assertThat(blanks).hasSameSizeAs(text.blanks());
    for (int i = 0; i < blanks.size(); i++) {
      List<String> given = new ArrayList<>();
      text.blanks().forEach(b -> given.add(b.get(0)));
      for (String alternative : blanks.get(i)) {
        given.set(i, alternative);
        assertThat(
                org.steppebrief.quiz.Grader.grade(
                        c, new org.steppebrief.quiz.Response.Blanks(List.copyOf(given)))
                    .correct())
            .as("%s blank %d: the grader accepts %s", c.id(), i + 1, alternative)
            .isTrue();
      }
      assertThat(blanks.get(i)).containsAll(text.blanks().get(i));
    }
    assertThat(fragments).isEqualTo(text.fragments());
  }

  /** Moodle's short answers: "\*" is a literal asterisk; a bare "*" would be a wildcard. */
  private static String literal(String answer) {
    assertThat(answer.replace("\\*", "")).doesNotContain("*");
    return answer.replace("\\*", "*");
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    assertThat(all).as("one <%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return all.get(0);
  }

  static String text(Element e) {
    return e.getTextContent();
  }
}
