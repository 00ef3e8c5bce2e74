package org.steppebrief.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * An IMS QTI 2.1 content package: a zip holding {@code imsmanifest.xml} (IMS Content Packaging 1.1)
 * and one {@code assessmentItem} per question under {@code items/}, each valid against the QTI 2.1
 * schema.
 *
 * <p>Every type has a QTI form that scores as we do, written as explicit response processing (no
 * templates, so the rules are in the file): choice (one or several), true-false as a two-choice
 * choice, order (the share of item pairs in the right relative order, from each item's position),
 * match (share of left sides), text entry (case-insensitive) and a text with one text entry per
 * blank (share of blanks). SCORE runs from 0 to 1; FEEDBACK says right, partly right or not right;
 * GENERAL always shows the explanation and the cited passages.
 */
public final class QtiPackageWriter implements ExportWriter {
  static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
  static final String MD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * QTI identifiers are XML names; a question id that is not one (it starts with a digit) gets the
   * prefix "q_", which no question id has (ids are lower-case words and digits joined by "-").
   */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  /** Entries carry a fixed time, so the same library gives the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  @Override
  public String format() {
    return "qti";
  }

  @Override
  public String label() {
    return "QTI 2.1 content package";
  }

  @Override
  public String description() {
    return "For Canvas and other systems that import IMS QTI 2.1: a zip with a manifest and one"
        + " item per question, every question type.";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public String mediaType() {
    return "application/zip";
  }

  @Override
  public ExportResult write(ExportSelection selection) {
    Library library = selection.library();
    Map<String, byte[]> items = new LinkedHashMap<>();
    Map<String, Question> byFile = new LinkedHashMap<>();
    for (Question question : selection.questions()) {
      String file = "items/" + identifier(question.id()) + ".xml";
      items.put(file, item(library, question));
      byFile.put(file, question);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "imsmanifest.xml", manifest(library, byFile));
      for (Map.Entry<String, byte[]> item : items.entrySet()) {
        put(zip, item.getKey(), item.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportResult(bytes.toByteArray(), items.size(), List.of(), List.of());
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  static String identifier(String questionId) {
    return NAME.matcher(questionId).matches() ? questionId : "q_" + questionId;
  }

  private static byte[] manifest(Library library, Map<String, Question> byFile) {
    XmlOut xml = new XmlOut();
    xml.start(
        "manifest",
        "xmlns",
        CP_NS,
        "xmlns:imsmd",
        MD_NS,
        "xmlns:xsi",
        XSI,
        "xsi:schemaLocation",
        CP_NS
            + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
            + MD_NS
            + " http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd",
        "identifier",
        "steppe-brief-" + library.version());
    xml.start("metadata").text("schema", "QTIv2.1 Package").text("schemaversion", "1.0.0").end();
    xml.empty("organizations");
    xml.start("resources");
    for (Map.Entry<String, Question> entry : byFile.entrySet()) {
      Question question = entry.getValue();
      xml.start(
          "resource",
          "identifier",
          "res-" + identifier(question.id()),
          "type",
          "imsqti_item_xmlv2p1",
          "href",
          entry.getKey());
      // Topic, sources and facts as LOM keywords, the way Moodle and Anki get them as tags.
      xml.start("metadata").start("imsmd:lom").start("imsmd:general");
      xml.text("imsmd:identifier", question.id());
      xml.start("imsmd:title")
          .text("imsmd:langstring", question.info().prompt(), "xml:lang", "en")
          .end();
      for (String tag : QuestionText.tags(library, question)) {
        xml.start("imsmd:keyword").text("imsmd:langstring", tag, "xml:lang", "en").end();
      }
      xml.end().end().end();
      xml.empty("file", "href", entry.getKey());
      xml.end();
    }
    xml.end();
    xml.end();
    return xml.bytes();
  }

  static byte[] item(Library library, Question question) {
    XmlOut xml = new XmlOut();
    xml.start(
        "assessmentItem",
        "xmlns",
        QTI_NS,
        "xmlns:xsi",
        XSI,
        "xsi:schemaLocation",
        QTI_NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
        "identifier",
        identifier(question.id()),
        "title",
        question.id(),
        "adaptive",
        "false",
        "timeDependent",
        "false",
        "toolName",
        "Steppe Brief",
        "toolVersion",
        library.version());
    Body body = body(question);
    body.declarations(xml);
    outcomes(xml, body.extraOutcomes);
    xml.start("itemBody");
    body.body(xml);
    xml.end();
    xml.start("responseProcessing");
    body.scoring(xml);
    feedbackRules(xml, body.rightWhenMatched);
    xml.end();
    modalFeedback(xml, "FEEDBACK", "correct", "Right", QuestionText.RIGHT);
    modalFeedback(xml, "FEEDBACK", "partial", "Partly right", QuestionText.PARTLY_RIGHT);
    modalFeedback(xml, "FEEDBACK", "incorrect", "Not right", QuestionText.NOT_RIGHT);
    StringBuilder general = new StringBuilder();
    for (String line : QuestionText.generalFeedback(library, question)) {
      general.append("<p>").append(XmlOut.escape(line, false)).append("</p>");
    }
    xml.raw(
        "modalFeedback",
        general.toString(),
        "outcomeIdentifier",
        "GENERAL",
        "identifier",
        "shown",
        "showHide",
        "show",
        "title",
        "Why");
    xml.end();
    return xml.bytes();
  }

  private static void outcomes(XmlOut xml, List<String[]> extra) {
    outcome(xml, "SCORE", "float", "0");
    outcome(xml, "MAXSCORE", "float", "1");
    outcome(xml, "FEEDBACK", "identifier", null);
    outcome(xml, "GENERAL", "identifier", null);
    for (String[] o : extra) {
      outcome(xml, o[0], o[1], o.length > 2 ? o[2] : null);
    }
  }

  /** A single-valued outcome declaration, with its default value unless that is null. */
  private static void outcome(XmlOut xml, String identifier, String baseType, String defaultValue) {
    if (defaultValue == null) {
      xml.empty(
          "outcomeDeclaration",
          "identifier",
          identifier,
          "cardinality",
          "single",
          "baseType",
          baseType);
    } else {
      declaration(xml, "outcomeDeclaration", identifier, "single", baseType)
          .start("defaultValue")
          .text("value", defaultValue)
          .end()
          .end();
    }
  }

  /** Opens a response or outcome declaration; the caller writes its content and ends it. */
  private static XmlOut declaration(
      XmlOut xml, String element, String identifier, String cardinality, String baseType) {
    return xml.start(
        element, "identifier", identifier, "cardinality", cardinality, "baseType", baseType);
  }

  /**
   * FEEDBACK: "correct" when the response is the correct one ({@code rightWhenMatched}) or SCORE
   * reached MAXSCORE, "partial" when SCORE is above 0, else "incorrect"; GENERAL is always shown.
   */
  private static void feedbackRules(XmlOut xml, boolean rightWhenMatched) {
    xml.start("responseCondition").start("responseIf");
    if (rightWhenMatched) {
      xml.start("match")
          .empty("variable", "identifier", "RESPONSE")
          .empty("correct", "identifier", "RESPONSE")
          .end();
    } else {
      xml.start("gte")
          .empty("variable", "identifier", "SCORE")
          .empty("variable", "identifier", "MAXSCORE")
          .end();
    }
    set(xml, "FEEDBACK", "identifier", "correct");
    xml.end().start("responseElseIf");
    xml.start("gt")
        .empty("variable", "identifier", "SCORE")
        .text("baseValue", "0", "baseType", "float")
        .end();
    set(xml, "FEEDBACK", "identifier", "partial");
    xml.end().start("responseElse");
    set(xml, "FEEDBACK", "identifier", "incorrect");
    xml.end().end();
    set(xml, "GENERAL", "identifier", "shown");
  }

  private static void set(XmlOut xml, String outcome, String baseType, String value) {
    xml.start("setOutcomeValue", "identifier", outcome)
        .text("baseValue", value, "baseType", baseType)
        .end();
  }

  private static void modalFeedback(
      XmlOut xml, String outcome, String id, String title, String text) {
    xml.raw(
        "modalFeedback",
        "<p>" + XmlOut.escape(text, false) + "</p>",
        "outcomeIdentifier",
        outcome,
        "identifier",
        id,
        "showHide",
        "show",
        "title",
        title);
  }

  private static Body body(Question question) {
    return switch (question.type()) {
      case SINGLE_CHOICE -> {
        Question.SingleChoice q = (Question.SingleChoice) question;
        yield choice(q.info().prompt(), q.choices(), List.of(q.answer()), true);
      }
      case MULTI_CHOICE -> {
        Question.MultiChoice q = (Question.MultiChoice) question;
        yield choice(q.info().prompt(), q.choices(), q.answers(), false);
      }
      case TRUE_FALSE -> trueFalse((Question.TrueFalse) question);
      case ORDERING -> ordering((Question.Ordering) question);
      case MATCHING -> matching((Question.Matching) question);
      case SHORT_ANSWER -> shortAnswer((Question.ShortAnswer) question);
      case CLOZE -> cloze((Question.Cloze) question);
    };
  }

  /** The parts of an item that depend on its type. */
  private abstract static class Body {
    final List<String[]> extraOutcomes = new ArrayList<>();
    boolean rightWhenMatched = true;

    abstract void declarations(XmlOut xml);

    abstract void body(XmlOut xml);

    abstract void scoring(XmlOut xml);
  }

  private static Body choice(
      String prompt, List<String> choices, List<String> rights, boolean single) {
    return new Body() {
      @Override
      void declarations(XmlOut xml) {
        declaration(
            xml, "responseDeclaration", "RESPONSE", single ? "single" : "multiple", "identifier");
        xml.start("correctResponse");
        for (int i = 0; i < choices.size(); i++) {
          if (rights.contains(choices.get(i))) {
            xml.text("value", "C" + (i + 1));
          }
        }
        xml.end();
        if (!single) {
          // +1 per right choice ticked, -1 per wrong one, floored at 0; divided by k below.
          xml.start("mapping", "lowerBound", "0", "defaultValue", "0");
          for (int i = 0; i < choices.size(); i++) {
            xml.empty(
                "mapEntry",
                "mapKey",
                "C" + (i + 1),
                "mappedValue",
                rights.contains(choices.get(i)) ? "1" : "-1");
          }
          xml.end();
        }
        xml.end();
      }

      @Override
      void body(XmlOut xml) {
        xml.start(
            "choiceInteraction",
            "responseIdentifier",
            "RESPONSE",
            "shuffle",
            "true",
            "maxChoices",
            single ? "1" : "0");
        xml.text("prompt", prompt);
        for (int i = 0; i < choices.size(); i++) {
          xml.text("simpleChoice", choices.get(i), "identifier", "C" + (i + 1));
        }
        xml.end();
      }

      @Override
      void scoring(XmlOut xml) {
        if (single) {
          matchCorrect(xml);
        } else {
          xml.start("setOutcomeValue", "identifier", "SCORE")
              .start("divide")
              .empty("mapResponse", "identifier", "RESPONSE")
              .text("baseValue", String.valueOf(rights.size()), "baseType", "float")
              .end()
              .end();
        }
      }
    };
  }

  /** SCORE 1 when the response is the correct one, else 0. */
  private static void matchCorrect(XmlOut xml) {
    xml.start("responseCondition").start("responseIf");
    xml.start("match")
        .empty("variable", "identifier", "RESPONSE")
        .empty("correct", "identifier", "RESPONSE")
        .end();
    set(xml, "SCORE", "float", "1");
    xml.end().start("responseElse");
    set(xml, "SCORE", "float", "0");
    xml.end().end();
  }

  private static Body trueFalse(Question.TrueFalse q) {
    return new Body() {
      @Override
      void declarations(XmlOut xml) {
        declaration(xml, "responseDeclaration", "RESPONSE", "single", "identifier")
            .start("correctResponse")
            .text("value", q.answer() ? "TRUE" : "FALSE")
            .end()
            .end();
      }

      @Override
      void body(XmlOut xml) {
        xml.start(
            "choiceInteraction",
            "responseIdentifier",
            "RESPONSE",
            "shuffle",
            "false",
            "maxChoices",
            "1");
        xml.text("prompt", q.info().prompt());
        xml.text("simpleChoice", "True", "identifier", "TRUE");
        xml.text("simpleChoice", "False", "identifier", "FALSE");
        xml.end();
      }

      @Override
      void scoring(XmlOut xml) {
        matchCorrect(xml);
      }
    };
  }

  private static Body ordering(Question.Ordering q) {
    int n = q.items().size();
    Body body =
        new Body() {
          @Override
          void declarations(XmlOut xml) {
            declaration(xml, "responseDeclaration", "RESPONSE", "ordered", "identifier");
            xml.start("correctResponse");
            for (int i = 1; i <= n; i++) {
              xml.text("value", "I" + i);
            }
            xml.end().end();
          }

          @Override
          void body(XmlOut xml) {
            xml.start("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "true");
            xml.text("prompt", q.info().prompt());
            for (int i = 0; i < n; i++) {
              xml.text("simpleChoice", q.items().get(i), "identifier", "I" + (i + 1));
            }
            xml.end();
          }

          /**
           * POS_Ii is the position the learner gave item i (0, the default, while it has none);
           * PAIRS counts the pairs i before j (i < j in the right order) that the learner placed in
           * that order, both placed; SCORE = PAIRS / (n(n-1)/2), our partial credit. An item
           * missing from the response keeps position 0, so every pair it is in counts wrong.
           */
          @Override
          void scoring(XmlOut xml) {
            for (int p = 1; p <= n; p++) {
              xml.start("responseCondition");
              for (int i = 1; i <= n; i++) {
                xml.start(i == 1 ? "responseIf" : "responseElseIf");
                xml.start("match")
                    .start("index", "n", String.valueOf(p))
                    .empty("variable", "identifier", "RESPONSE")
                    .end()
                    .text("baseValue", "I" + i, "baseType", "identifier")
                    .end();
                set(xml, "POS_I" + i, "integer", String.valueOf(p));
                xml.end();
              }
              xml.end();
            }
            for (int i = 1; i <= n; i++) {
              for (int j = i + 1; j <= n; j++) {
                xml.start("responseCondition").start("responseIf");
                xml.start("and")
                    .start("gt")
                    .empty("variable", "identifier", "POS_I" + i)
                    .text("baseValue", "0", "baseType", "integer")
                    .end()
                    .start("lt")
                    .empty("variable", "identifier", "POS_I" + i)
                    .empty("variable", "identifier", "POS_I" + j)
                    .end()
                    .end();
                xml.start("setOutcomeValue", "identifier", "PAIRS")
                    .start("sum")
                    .empty("variable", "identifier", "PAIRS")
                    .text("baseValue", "1", "baseType", "integer")
                    .end()
                    .end();
                xml.end().end();
              }
            }
            xml.start("setOutcomeValue", "identifier", "SCORE")
                .start("divide")
                .empty("variable", "identifier", "PAIRS")
                .text("baseValue", String.valueOf(n * (n - 1) / 2), "baseType", "float")
                .end()
                .end();
          }
        };
    for (int i = 1; i <= n; i++) {
      body.extraOutcomes.add(new String[] {"POS_I" + i, "integer", "0"});
    }
    body.extraOutcomes.add(new String[] {"PAIRS", "integer", "0"});
    return body;
  }

  private static Body matching(Question.Matching q) {
    int n = q.pairs().size();
    // Rights are listed once each, in the order the pairs give them.
    List<String> rights =
        new ArrayList<>(new LinkedHashSet<>(q.pairs().stream().map(p -> p.right()).toList()));
    return new Body() {
      @Override
      void declarations(XmlOut xml) {
        declaration(xml, "responseDeclaration", "RESPONSE", "multiple", "directedPair");
        xml.start("correctResponse");
        for (int i = 0; i < n; i++) {
          xml.text("value", pair(i));
        }
        xml.end();
        xml.start("mapping", "lowerBound", "0", "defaultValue", "0");
        for (int i = 0; i < n; i++) {
          xml.empty("mapEntry", "mapKey", pair(i), "mappedValue", "1");
        }
        xml.end();
        xml.end();
      }

      private String pair(int i) {
        return "L" + (i + 1) + " R" + (rights.indexOf(q.pairs().get(i).right()) + 1);
      }

      @Override
      void body(XmlOut xml) {
        // A left side is matched once; a right side may serve several, as on our own pages.
        xml.start(
            "matchInteraction",
            "responseIdentifier",
            "RESPONSE",
            "shuffle",
            "true",
            "maxAssociations",
            String.valueOf(n));
        xml.text("prompt", q.info().prompt());
        xml.start("simpleMatchSet");
        for (int i = 0; i < n; i++) {
          xml.text(
              "simpleAssociableChoice",
              q.pairs().get(i).left(),
              "identifier",
              "L" + (i + 1),
              "matchMax",
              "1");
        }
        xml.end().start("simpleMatchSet");
        for (int i = 0; i < rights.size(); i++) {
          xml.text(
              "simpleAssociableChoice",
              rights.get(i),
              "identifier",
              "R" + (i + 1),
              "matchMax",
              String.valueOf(n));
        }
        xml.end();
        xml.end();
      }

      @Override
      void scoring(XmlOut xml) {
        xml.start("setOutcomeValue", "identifier", "SCORE")
            .start("divide")
            .empty("mapResponse", "identifier", "RESPONSE")
            .text("baseValue", String.valueOf(n), "baseType", "float")
            .end()
            .end();
      }
    };
  }

  /** A string response mapped case-insensitively: 1 for any accepted answer, else 0. */
  private static void textResponse(XmlOut xml, String identifier, List<String> accepted) {
    declaration(xml, "responseDeclaration", identifier, "single", "string");
    xml.start("correctResponse").text("value", accepted.get(0)).end();
    xml.start("mapping", "lowerBound", "0", "upperBound", "1", "defaultValue", "0");
    // Map keys must differ; case-insensitively equal answers are one key.
    Set<String> seen = new LinkedHashSet<>();
    for (String answer : accepted) {
      if (seen.add(answer.toLowerCase(Locale.ROOT))) {
        xml.empty("mapEntry", "mapKey", answer, "mappedValue", "1", "caseSensitive", "false");
      }
    }
    xml.end();
    xml.end();
  }

  private static int expectedLength(List<String> accepted) {
    return Math.max(10, accepted.stream().mapToInt(String::length).max().orElse(10) + 5);
  }

  private static Body shortAnswer(Question.ShortAnswer q) {
    Body body =
        new Body() {
          @Override
          void declarations(XmlOut xml) {
            textResponse(xml, "RESPONSE", q.accept());
          }

          @Override
          void body(XmlOut xml) {
            xml.text("p", q.info().prompt());
            xml.start("p")
                .empty(
                    "textEntryInteraction",
                    "responseIdentifier",
                    "RESPONSE",
                    "expectedLength",
                    String.valueOf(expectedLength(q.accept())))
                .end();
          }

          @Override
          void scoring(XmlOut xml) {
            xml.start("setOutcomeValue", "identifier", "SCORE")
                .empty("mapResponse", "identifier", "RESPONSE")
                .end();
          }
        };
    body.rightWhenMatched = false;
    return body;
  }

  private static Body cloze(Question.Cloze q) {
    ClozeText text = q.text();
    int n = text.blanks().size();
    Body body =
        new Body() {
          @Override
          void declarations(XmlOut xml) {
            for (int i = 0; i < n; i++) {
              textResponse(xml, "RESPONSE_" + (i + 1), text.blanks().get(i));
            }
          }

          @Override
          void body(XmlOut xml) {
            xml.text("p", q.info().prompt());
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < n; i++) {
              mixed
                  .append(XmlOut.escape(text.fragments().get(i), false))
                  .append("<textEntryInteraction responseIdentifier=\"RESPONSE_")
                  .append(i + 1)
                  .append("\" expectedLength=\"")
                  .append(expectedLength(text.blanks().get(i)))
                  .append("\"/>");
            }
            mixed.append(XmlOut.escape(text.fragments().get(n), false));
            xml.raw("p", mixed.toString());
          }

          /** SCORE = (the blanks right) / n: each blank's mapping gives 1 or 0. */
          @Override
          void scoring(XmlOut xml) {
            xml.start("setOutcomeValue", "identifier", "SCORE").start("divide").start("sum");
            for (int i = 0; i < n; i++) {
              xml.empty("mapResponse", "identifier", "RESPONSE_" + (i + 1));
            }
            xml.end().text("baseValue", String.valueOf(n), "baseType", "float").end().end();
          }
        };
    body.rightWhenMatched = false;
    return body;
  }
}
