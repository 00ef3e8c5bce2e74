package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.Slow;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Grade;
import org.steppebrief.quiz.Grader;
import org.steppebrief.quiz.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * QTI packages unzipped, the manifest validated against IMS Content Packaging 1.1 and every item
 * against QTI 2.1 (offline), each item read with the JDK's XML parser and compared with the
 * library, and its response processing run on many responses, scoring each as our grader does.
 */
class QtiPackageWriterTest {
  @TempDir Path dir;

  private final QtiPackageWriter writer = new QtiPackageWriter();

  @Test
  void specialCharactersSurviveAndEveryFileIsValidAgainstTheImsSchemas() {
    Library library = ExportLibraries.specialCharacters(dir);
    ExportSelection selection = ExportSelection.of(library, List.of(), true);
    ExportResult result = writer.write(selection);

    Map<String, byte[]> files = unzip(result.bytes());

    assertValid(files);
    assertMatchesTheLibrary(library, selection, files);
    assertThat(result.count()).isEqualTo(13);
    assertThat(result.skipped()).isEmpty();
  }

  @Slow
  @Test
  void theShippedLibraryWithGeneratedQuestionsIsAValidPackageMatchingQuestionByQuestion() {
    Library library = ExportLibraries.shipped();
    ExportSelection selection = ExportLibraries.shippedWithGenerated();
    ExportResult result = writer.write(selection);

    Map<String, byte[]> files = unzip(result.bytes());

    assertValid(files);
    assertMatchesTheLibrary(library, selection, files);
    assertThat(result.count()).isEqualTo(selection.questions().size());
  }

  @Test
  void aTypedAnswerScoresAsTheGraderScoresItWithPeriodsSpacesAndArticles() {
    Library library = ExportLibraries.shipped();
    Question question =
        library.questions().stream()
            .filter(q -> q.id().equals("sc-q-short-first-winner"))
            .findFirst()
            .orElseThrow();
    QtiScoring scoring = new QtiScoring(parse(QtiItem.of(library, question)));
    for (String typed :
        List.of(
            "the U.S. and NATO.",
            "US and NATO",
            "the  US  and  NATO",
            "U. S. and N.A.T.O.",
            "An US and NATO!",
            "the United States and NATO",
            "NATO",
            "U S and NATO",
            "the")) {
      Response response = new Response.Text(typed);
      assertThat((Double) scoring.run(Map.of("RESPONSE", typed)).get("SCORE"))
          .as("QTI score of \u201c%s\u201d", typed)
          .isEqualTo(Grader.grade(question, response).score());
    }
    assertThat(Grader.grade(question, new Response.Text("U. S. and N.A.T.O.")).correct()).isTrue();
    assertThat(Grader.grade(question, new Response.Text("U S and NATO")).correct()).isFalse();
  }

  @Test
  void theSameLibraryGivesTheSameBytes() {
    Library library = ExportLibraries.specialCharacters(dir);
    ExportSelection selection = ExportSelection.of(library, List.of(), false);

    assertThat(writer.write(selection).bytes()).isEqualTo(writer.write(selection).bytes());
  }

  private static void assertValid(Map<String, byte[]> files) {
    assertThat(files).containsKey("imsmanifest.xml");
    assertThat(
            OfflineSchemas.problems(
                OfflineSchemas.contentPackaging(), files.get("imsmanifest.xml")))
        .as("imsmanifest.xml against IMS CP 1.1")
        .isEmpty();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (!file.getKey().equals("imsmanifest.xml")) {
        assertThat(OfflineSchemas.problems(OfflineSchemas.qti(), file.getValue()))
            .as("%s against QTI 2.1", file.getKey())
            .isEmpty();
      }
    }
  }

  private static void assertMatchesTheLibrary(
      Library library, ExportSelection selection, Map<String, byte[]> files) {
    Element manifest = parse(files.get("imsmanifest.xml"));
    Map<String, Element> itemsById = new HashMap<>();
    Set<String> listed = new LinkedHashSet<>();
    for (Element resource : descendants(manifest, "resource")) {
      String href = resource.getAttribute("href");
      assertThat(resource.getAttribute("type")).isEqualTo("imsqti_item_xmlv2p1");
      assertThat(listed.add(href)).as("%s listed once", href).isTrue();
      assertThat(descendants(resource, "file").stream().map(f -> f.getAttribute("href")))
          .containsExactly(href);
      assertThat(files).as("the manifest's %s is in the zip", href).containsKey(href);
      Element item = parse(files.get(href));
      assertThat(item.getLocalName()).isEqualTo("assessmentItem");
      List<String> keywords =
          descendants(resource, "keyword").stream().map(k -> k.getTextContent().strip()).toList();
      String id = item.getAttribute("title");
      assertThat(keywords).contains("topic:" + topicOf(selection, id));
      itemsById.put(id, item);
    }
    assertThat(files.keySet())
        .containsExactlyInAnyOrderElementsOf(concat("imsmanifest.xml", listed));
    assertThat(itemsById).hasSize(selection.questions().size());
    for (Question question : selection.questions()) {
      Element item = itemsById.get(question.id());
      assertThat(item).as("item for %s", question.id()).isNotNull();
      assertSame(library, question, item);
      assertScoresAsOurGrader(question, item);
    }
  }

  private static String topicOf(ExportSelection selection, String id) {
    return selection.questions().stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow()
        .info()
        .topicId();
  }

  private static List<String> concat(String first, Set<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  private static void assertSame(Library library, Question question, Element item) {
    List<String> general = new ArrayList<>();
    for (Element feedback : descendants(item, "modalFeedback")) {
      if (feedback.getAttribute("outcomeIdentifier").equals("GENERAL")) {
        descendants(feedback, "p").forEach(p -> general.add(p.getTextContent()));
      }
    }
    ExportLibraries.assertFeedbackCarriesTheEvidence(library, question, general);
    Element body = descendants(item, "itemBody").get(0);
    if (question instanceof Question.SingleChoice s) {
      Element interaction = descendants(body, "choiceInteraction").get(0);
      assertThat(interaction.getAttribute("maxChoices")).isEqualTo("1");
      assertThat(text(descendants(interaction, "prompt").get(0))).isEqualTo(s.info().prompt());
      assertThat(choiceTexts(interaction)).containsExactlyElementsOf(s.choices());
      assertThat(correctTexts(item, interaction)).containsExactly(s.answer());
    } else if (question instanceof Question.MultiChoice m) {
      Element interaction = descendants(body, "choiceInteraction").get(0);
      assertThat(interaction.getAttribute("maxChoices")).isEqualTo("0");
      assertThat(text(descendants(interaction, "prompt").get(0))).isEqualTo(m.info().prompt());
      assertThat(choiceTexts(interaction)).containsExactlyElementsOf(m.choices());
      assertThat(correctTexts(item, interaction)).containsExactlyInAnyOrderElementsOf(m.answers());
    } else if (question instanceof Question.TrueFalse t) {
      Element interaction = descendants(body, "choiceInteraction").get(0);
      assertThat(text(descendants(interaction, "prompt").get(0))).isEqualTo(t.info().prompt());
      assertThat(choiceTexts(interaction)).containsExactly("True", "False");
      assertThat(correctTexts(item, interaction)).containsExactly(t.answer() ? "True" : "False");
    } else if (question instanceof Question.Ordering o) {
      Element interaction = descendants(body, "orderInteraction").get(0);
      assertThat(text(descendants(interaction, "prompt").get(0))).isEqualTo(o.info().prompt());
      assertThat(correctTexts(item, interaction)).containsExactlyElementsOf(o.items());
    } else if (question instanceof Question.Matching m) {
      Element interaction = descendants(body, "matchInteraction").get(0);
      assertThat(text(descendants(interaction, "prompt").get(0))).isEqualTo(m.info().prompt());
      Map<String, String> texts = choiceTextsById(interaction, "simpleAssociableChoice");
      List<String> pairs = new ArrayList<>();
      for (String pair : correct(item, "RESPONSE")) {
        String[] ids = pair.split(" ");
        pairs.add(texts.get(ids[0]) + " -> " + texts.get(ids[1]));
      }
      assertThat(pairs)
          .containsExactlyInAnyOrderElementsOf(
              m.pairs().stream().map(p -> p.left() + " -> " + p.right()).toList());
    } else if (question instanceof Question.ShortAnswer s) {
      assertThat(text(descendants(body, "p").get(0))).isEqualTo(s.info().prompt());
      assertThat(descendants(body, "textEntryInteraction")).hasSize(1);
      assertThat(correct(item, "RESPONSE")).containsExactly(s.accept().get(0).strip());
      assertThat(patterns(item)).hasSize(1);
    } else if (question instanceof Question.Cloze c) {
      ClozeText text = c.text();
      List<Element> ps = descendants(body, "p");
      assertThat(text(ps.get(0))).isEqualTo(c.info().prompt());
      List<String> fragments = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      List<String> responses = new ArrayList<>();
      NodeList nodes = ps.get(1).getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        Node n = nodes.item(i);
        if (n instanceof Element e && e.getLocalName().equals("textEntryInteraction")) {
          fragments.add(current.toString());
          current.setLength(0);
          responses.add(e.getAttribute("responseIdentifier"));
        } else {
          current.append(n.getTextContent());
        }
      }
      fragments.add(current.toString());
      assertThat(fragments).isEqualTo(text.fragments());
      for (int i = 0; i < responses.size(); i++) {
        assertThat(correct(item, responses.get(i)))
            .containsExactly(text.blanks().get(i).get(0).strip());
      }
      assertThat(patterns(item)).hasSize(text.blanks().size());
    }
  }

  /**
   * Runs the item's response processing on many responses and compares with Grader, once as a
   * player that resets outcomes before each attempt and once as one that never does.
   */
  private static void assertScoresAsOurGrader(Question question, Element item) {
    QtiScoring scoring = new QtiScoring(item);
    QtiScoring neverResetting = new QtiScoring(item);
    for (Response response : responses(question)) {
      Map<String, Object> qti = qtiResponse(item, question, response);
      assertThat(neverResetting.runKeepingOutcomes(qti).get("SCORE"))
          .as("%s scores %s in a player that does not reset outcomes", question.id(), response)
          .isEqualTo(scoring.run(qti).get("SCORE"));
      Map<String, Object> outcomes = scoring.run(qti);
      Grade grade = Grader.grade(question, response);
      assertThat((Double) outcomes.get("SCORE"))
          .as("%s scores %s", question.id(), response)
          .isCloseTo(grade.score(), within(1e-9));
      String feedback = grade.correct() ? "correct" : grade.score() > 0 ? "partial" : "incorrect";
      assertThat(outcomes.get("FEEDBACK"))
          .as("%s feedback on %s", question.id(), response)
          .isEqualTo(feedback);
      assertThat(outcomes.get("GENERAL")).isEqualTo("shown");
    }
  }

  /**
   * Responses to try: every choice, every set of choices, both truth values, permutations and
   * random matches, and typed answers as accepted, in capitals (QTI compares case-insensitively,
   * our grader folds case), and wrong.
   */
  private static List<Response> responses(Question question) {
    Random random = new Random(question.id().hashCode());
    List<Response> out = new ArrayList<>();
    if (question instanceof Question.SingleChoice s) {
      s.choices().forEach(c -> out.add(new Response.Choice(c)));
      out.add(new Response.Blank());
    } else if (question instanceof Question.MultiChoice m) {
      int n = m.choices().size();
      for (int mask = 0; mask < (1 << n); mask++) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            picked.add(m.choices().get(i));
          }
        }
        out.add(new Response.Choices(picked));
      }
    } else if (question instanceof Question.TrueFalse) {
      out.add(new Response.Truth(true));
      out.add(new Response.Truth(false));
    } else if (question instanceof Question.Ordering o) {
      out.add(new Response.Order(o.items()));
      for (int k = 0; k < 40; k++) {
        List<String> shuffled = new ArrayList<>(o.items());
        java.util.Collections.shuffle(shuffled, random);
        out.add(new Response.Order(shuffled));
      }
    } else if (question instanceof Question.Matching m) {
      Map<String, String> right = new LinkedHashMap<>();
      m.pairs().forEach(p -> right.put(p.left(), p.right()));
      out.add(new Response.Matches(right));
      for (int k = 0; k < 40; k++) {
        Map<String, String> guess = new LinkedHashMap<>();
        for (Question.Matching.Pair p : m.pairs()) {
          if (random.nextInt(5) > 0) {
            guess.put(p.left(), m.pairs().get(random.nextInt(m.pairs().size())).right());
          }
        }
        out.add(new Response.Matches(guess));
      }
    } else if (question instanceof Question.ShortAnswer s) {
      for (String accepted : s.accept()) {
        typed(accepted).forEach(t -> out.add(new Response.Text(t)));
      }
      out.add(new Response.Text("no such answer"));
      out.add(new Response.Text(""));
      out.add(new Response.Text("the"));
    } else if (question instanceof Question.Cloze c) {
      int n = c.text().blanks().size();
      for (int mask = 0; mask < (1 << Math.min(n, 6)); mask++) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          List<String> alternatives = c.text().blanks().get(i);
          String alternative = alternatives.get(random.nextInt(alternatives.size()));
          texts.add((mask & (1 << i)) != 0 ? alternative.toUpperCase(Locale.ROOT) : "wrong " + i);
        }
        out.add(new Response.Blanks(texts));
      }
      for (int i = 0; i < n; i++) {
        for (String alternative : c.text().blanks().get(i)) {
          for (String t : typed(alternative)) {
            List<String> texts = new ArrayList<>();
            c.text().blanks().forEach(b -> texts.add(b.get(0)));
            texts.set(i, t);
            out.add(new Response.Blanks(texts));
          }
        }
      }
    }
    return out;
  }

  /**
   * How a learner may type an accepted answer: as written, in capitals, with a trailing full stop,
   * with doubled spaces, with the periods of its abbreviations removed ("U.S." → "US") or added
   * ("NATO" → "N.A.T.O."), with "the" before it or without its leading article; and some near
   * misses the grader refuses (a letter dropped, abbreviation letters spaced without periods).
   */
  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("\\b\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)+");

  private static final java.util.regex.Pattern CAPITALS =
      java.util.regex.Pattern.compile("\\b\\p{Lu}{2,5}\\b");

  private static String replaceEach(
      java.util.regex.Pattern pattern,
      String text,
      java.util.function.UnaryOperator<String> change) {
    java.util.regex.Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(change.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  static List<String> typed(String accepted) {
    List<String> out = new ArrayList<>();
    out.add(accepted);
    out.add(accepted.toUpperCase(Locale.ROOT));
    out.add(accepted + ".");
    out.add(" " + accepted.replace(" ", "  ") + " ");
    out.add(replaceEach(DOTTED, accepted, m -> m.replaceAll("[.\\s]", "")));
    out.add(replaceEach(CAPITALS, accepted, m -> m.replaceAll("(\\p{Lu})", "$1.")));
    out.add("the " + accepted);
    out.add(accepted.replaceFirst("(?i)^(the|a|an)\\s+", ""));
    out.add("An " + accepted + "!");
    out.add(accepted.substring(0, accepted.length() - 1));
    out.add(accepted.replaceAll("\\b(\\p{Lu})(\\p{Lu})\\b", "$1 $2"));
    out.add("the U.S.");
    out.add("US");
    return out;
  }

  /** A response as the item's interactions would record it, by the identifiers the item gives. */
  private static Map<String, Object> qtiResponse(
      Element item, Question question, Response response) {
    Element body = descendants(item, "itemBody").get(0);
    Map<String, Object> out = new HashMap<>();
    if (response instanceof Response.Choice c) {
      out.put("RESPONSE", idOf(body, "simpleChoice", c.choice()));
    } else if (response instanceof Response.Choices c) {
      List<Object> ids = new ArrayList<>();
      c.choices().forEach(t -> ids.add(idOf(body, "simpleChoice", t)));
      out.put("RESPONSE", ids.isEmpty() ? null : ids);
    } else if (response instanceof Response.Truth t) {
      out.put("RESPONSE", idOf(body, "simpleChoice", t.value() ? "True" : "False"));
    } else if (response instanceof Response.Order o) {
      List<Object> ids = new ArrayList<>();
      o.items().forEach(t -> ids.add(idOf(body, "simpleChoice", t)));
      out.put("RESPONSE", ids);
    } else if (response instanceof Response.Matches m) {
      Element sets = descendants(body, "matchInteraction").get(0);
      List<Element> matchSets = descendants(sets, "simpleMatchSet");
      List<Object> pairs = new ArrayList<>();
      m.rightByLeft()
          .forEach(
              (left, right) ->
                  pairs.add(
                      idOf(matchSets.get(0), "simpleAssociableChoice", left)
                          + " "
                          + idOf(matchSets.get(1), "simpleAssociableChoice", right)));
      out.put("RESPONSE", pairs.isEmpty() ? null : pairs);
    } else if (response instanceof Response.Text t) {
      out.put("RESPONSE", t.text());
    } else if (response instanceof Response.Blanks b) {
      List<Element> entries = descendants(body, "textEntryInteraction");
      for (int i = 0; i < entries.size(); i++) {
        out.put(entries.get(i).getAttribute("responseIdentifier"), b.texts().get(i));
      }
    }
    return out;
  }

  private static String idOf(Element scope, String tag, String text) {
    for (Element e : descendants(scope, tag)) {
      if (e.getTextContent().equals(text)) {
        return e.getAttribute("identifier");
      }
    }
    throw new AssertionError("no " + tag + " with text " + text);
  }

  private static List<String> choiceTexts(Element interaction) {
    return descendants(interaction, "simpleChoice").stream()
        .map(QtiPackageWriterTest::text)
        .toList();
  }

  private static Map<String, String> choiceTextsById(Element interaction, String tag) {
    Map<String, String> out = new HashMap<>();
    descendants(interaction, tag).forEach(e -> out.put(e.getAttribute("identifier"), text(e)));
    return out;
  }

  /** The texts of the choices the item's correct response names, in its order. */
  private static List<String> correctTexts(Element item, Element interaction) {
    Map<String, String> texts = choiceTextsById(interaction, "simpleChoice");
    return correct(item, "RESPONSE").stream().map(texts::get).toList();
  }

  private static List<String> correct(Element item, String response) {
    return descendants(declaration(item, response), "value").stream()
        .map(v -> v.getTextContent().strip())
        .toList();
  }

  private static List<String> patterns(Element item) {
    return descendants(item, "patternMatch").stream().map(p -> p.getAttribute("pattern")).toList();
  }

  private static Element declaration(Element item, String identifier) {
    return descendants(item, "responseDeclaration").stream()
        .filter(d -> d.getAttribute("identifier").equals(identifier))
        .findFirst()
        .orElseThrow();
  }

  private static String text(Element e) {
    return e.getTextContent();
  }

  static List<Element> descendants(Element root, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML", e);
    }
  }

  static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertThat(files.put(entry.getName(), in.readAllBytes())).isNull();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
