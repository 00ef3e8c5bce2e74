package org.steppebrief.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.AnswerFolding;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format; the reader is Moodle's
 * question/format/xml/format.php). Every type has a Moodle counterpart that grades as we do:
 *
 * <ul>
 *   <li>single-choice, multi-choice: {@code multichoice}; multiple answers weigh 1/k per right
 *       choice and -1/k per wrong one, which Moodle sums and floors at zero;
 *   <li>true-false: {@code truefalse}; matching: {@code matching} (share of left sides);
 *   <li>ordering: {@code ordering} (standard since Moodle 4.4) graded
 *       RELATIVE_ALL_PREVIOUS_AND_NEXT, which counts, for every item, the items rightly before and
 *       after it: each pair twice, so the share of pairs in the right order;
 *   <li>short-answer: {@code shortanswer}, case-insensitive, each accepted answer also with and
 *       without abbreviation periods, hyphens and a leading article (Moodle compares whole
 *       strings); cloze: {@code cloze} (embedded answers) with one SHORTANSWER blank of equal
 *       weight per blank, so the share of blanks right; every question weighs the same ({@link
 *       #commonMark}).
 * </ul>
 *
 * <p>Each question carries its id as {@code name} and {@code idnumber}, tags for its topic, sources
 * and facts, and general feedback with the explanation and every cited passage with its source.
 */
public final class MoodleXmlWriter implements ExportWriter {
  @Override
  public String format() {
    return "moodle";
  }

  @Override
  public String label() {
    return "Moodle XML";
  }

  @Override
  public String description() {
    return "For Moodle: Question bank \u2192 Import \u2192 Moodle XML format. Every question type,"
        + " with id numbers and tags; ordering questions need Moodle 4.4 or later.";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public ExportResult write(ExportSelection selection) {
    Library library = selection.library();
    XmlOut xml = new XmlOut();
    xml.start("quiz");
    xml.comment("Steppe Brief questions, content " + library.version());
    List<ExportResult.Skipped> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int count = 0;
    int mark = commonMark(selection.questions());
    for (Topic topic : selection.topics()) {
      List<Question> questions = new ArrayList<>();
      for (Question question : selection.questionsOf(topic)) {
        Optional<String> reason = whyNot(question);
        if (reason.isPresent()) {
          skipped.add(new ExportResult.Skipped(question.id(), question.type(), reason.get()));
        } else {
          questions.add(question);
        }
      }
      if (questions.isEmpty()) {
        continue;
      }
      // Without a "$course$" prefix the path is read below the category chosen on import.
      xml.start("question", "type", "category")
          .start("category")
          .text(
              "text",
              library.pack().title().replace("/", "//") + "/" + topic.title().replace("/", "//"))
          .end()
          .start("info", "format", "html")
          .cdata("text", QuestionText.paragraph(topic.summary().plainText()))
          .end()
          .end();
      for (Question question : questions) {
        question(xml, library, question, mark, notes);
        count++;
      }
    }
    xml.end();
    return new ExportResult(xml.bytes(), count, skipped, notes);
  }

  /** Moodle reads "\*" in a short answer as an escaped wildcard: such an answer is left out. */
  static Optional<String> whyNot(Question question) {
    List<String> answers = List.of();
    if (question instanceof Question.ShortAnswer s) {
      answers = s.accept();
    } else if (question instanceof Question.Cloze c) {
      answers = c.text().blanks().stream().flatMap(List::stream).toList();
    }
    for (String answer : answers) {
      if (answer.contains("\\*")) {
        return Optional.of(
            "the answer \u201c"
                + answer
                + "\u201d holds \u201c\\*\u201d, which Moodle reads as an"
                + " escaped wildcard");
      }
    }
    return Optional.empty();
  }

  /**
   * The default mark every question gets, so that all weigh the same: Moodle reads a cloze's mark
   * as the sum of its blanks' whole-number weights (and ignores a default grade), so the mark is
   * the least common multiple of the clozes' blank counts (1 without clozes), each blank of an
   * n-blank cloze weighs mark / n, and every other question has that default grade.
   */
  static int commonMark(List<Question> questions) {
    int mark = 1;
    for (Question question : questions) {
      if (question instanceof Question.Cloze c) {
        int n = c.text().blanks().size();
        mark = mark / gcd(mark, n) * n;
      }
    }
    return mark;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static void question(
      XmlOut xml, Library library, Question question, int mark, List<String> notes) {
    String type =
        switch (question.type()) {
          case SINGLE_CHOICE, MULTI_CHOICE -> "multichoice";
          case TRUE_FALSE -> "truefalse";
          case ORDERING -> "ordering";
          case MATCHING -> "matching";
          case SHORT_ANSWER -> "shortanswer";
          case CLOZE -> "cloze";
        };
    xml.start("question", "type", type);
    xml.start("name").text("text", question.id()).end();
    String text =
        question instanceof Question.Cloze c
            ? clozeText(c, mark / c.text().blanks().size())
            : QuestionText.paragraph(question.info().prompt());
    xml.start("questiontext", "format", "html").cdata("text", text).end();
    xml.start("generalfeedback", "format", "html")
        .cdata("text", QuestionText.generalFeedbackHtml(library, question))
        .end();
    if (!(question instanceof Question.Cloze)) {
      xml.text("defaultgrade", String.valueOf(mark));
    }
    xml.text("penalty", question instanceof Question.TrueFalse ? "1" : "0.3333333");
    xml.text("hidden", "0");
    xml.text("idnumber", question.id());
    if (question instanceof Question.SingleChoice q) {
      choiceOptions(xml, true);
      for (String choice : q.choices()) {
        boolean right = choice.equals(q.answer());
        answer(
            xml,
            right ? "100" : "0",
            QuestionText.html(choice),
            QuestionText.choiceFeedback(right, q.answer()));
      }
    } else if (question instanceof Question.MultiChoice q) {
      choiceOptions(xml, false);
      String weight = GiftWriter.weight(100.0 / q.answers().size());
      for (String choice : q.choices()) {
        boolean right = q.answers().contains(choice);
        answer(
            xml,
            right ? weight : "-" + weight,
            QuestionText.html(choice),
            QuestionText.multiChoiceFeedback(right));
      }
    } else if (question instanceof Question.TrueFalse q) {
      for (boolean value : new boolean[] {true, false}) {
        xml.start(
                "answer",
                "fraction",
                value == q.answer() ? "100" : "0",
                "format",
                "moodle_auto_format")
            .text("text", String.valueOf(value))
            .start("feedback", "format", "html")
            .cdata(
                "text",
                QuestionText.paragraph(
                    QuestionText.trueFalseFeedback(value == q.answer(), q.answer())))
            .end()
            .end();
      }
    } else if (question instanceof Question.Ordering q) {
      xml.text("layouttype", "VERTICAL");
      xml.text("selecttype", "ALL");
      xml.text("selectcount", String.valueOf(q.items().size()));
      xml.text("gradingtype", "RELATIVE_ALL_PREVIOUS_AND_NEXT");
      xml.text("showgrading", "SHOW");
      xml.text("numberingstyle", "none");
      // Moodle reads an empty shownumcorrect as off; 1 shows how many items are placed right.
      combinedFeedback(xml, "1");
      // Moodle keeps the items in the order given: the right order.
      for (int i = 0; i < q.items().size(); i++) {
        xml.start("answer", "fraction", String.valueOf(i + 1), "format", "html")
            .cdata("text", QuestionText.html(q.items().get(i)))
            .end();
      }
    } else if (question instanceof Question.Matching q) {
      xml.text("shuffleanswers", "true");
      combinedFeedback(xml, null);
      for (Question.Matching.Pair pair : q.pairs()) {
        // The left side is HTML; the right side is plain text shown in a menu.
        xml.start("subquestion", "format", "html")
            .cdata("text", QuestionText.html(pair.left()))
            .start("answer")
            .text("text", pair.right())
            .end()
            .end();
      }
    } else if (question instanceof Question.ShortAnswer q) {
      xml.text("usecase", "0");
      for (String accepted : spellings(q.accept())) {
        xml.start("answer", "fraction", "100", "format", "moodle_auto_format")
            .text("text", GiftWriter.wildcardSafe(accepted))
            .start("feedback", "format", "html")
            .cdata("text", QuestionText.paragraph(QuestionText.RIGHT))
            .end()
            .end();
      }
    }
    List<String> tags = QuestionText.tags(library, question);
    xml.start("tags");
    for (String tag : tags) {
      if (tag.length() > GiftWriter.MAX_TAG) {
        notes.add(question.id() + ": tag `" + tag + "` is longer than Moodle keeps; left out");
        continue;
      }
      xml.start("tag").text("text", tag).end();
    }
    xml.end();
    xml.end();
  }

  private static void choiceOptions(XmlOut xml, boolean single) {
    xml.text("single", String.valueOf(single));
    xml.text("shuffleanswers", "true");
    xml.text("answernumbering", "abc");
    xml.text("showstandardinstruction", "0");
    combinedFeedback(xml, null);
  }

  /** Right, partly right and not right feedback; shownumcorrect empty (off) unless given. */
  private static void combinedFeedback(XmlOut xml, String showNumCorrect) {
    xml.start("correctfeedback", "format", "html")
        .cdata("text", QuestionText.paragraph(QuestionText.RIGHT))
        .end();
    xml.start("partiallycorrectfeedback", "format", "html")
        .cdata("text", QuestionText.paragraph(QuestionText.PARTLY_RIGHT))
        .end();
    xml.start("incorrectfeedback", "format", "html")
        .cdata("text", QuestionText.paragraph(QuestionText.NOT_RIGHT))
        .end();
    if (showNumCorrect == null) {
      xml.empty("shownumcorrect");
    } else {
      xml.text("shownumcorrect", showNumCorrect);
    }
  }

  private static void answer(XmlOut xml, String fraction, String html, String feedback) {
    xml.start("answer", "fraction", fraction, "format", "html")
        .cdata("text", html)
        .start("feedback", "format", "html")
        .cdata("text", QuestionText.paragraph(feedback))
        .end()
        .end();
  }

  /**
   * The prompt, then the text with each blank as {@code {w:SHORTANSWER:=a~=b}}: weight w (see
   * {@link #commonMark}), every alternative and its {@linkplain #spellings spellings} worth 100%,
   * case-insensitive. Moodle's parser ends an alternative at an unescaped {@code ~ # }} and decodes
   * HTML entities afterwards, so every character that could end it or be read as markup is written
   * as a numeric character reference; braces in the text around the blanks likewise, so none opens
   * a blank.
   */
  static String clozeText(Question.Cloze question, int weight) {
    ClozeText text = question.text();
    StringBuilder out = new StringBuilder();
    out.append("<p>").append(braces(QuestionText.html(question.info().prompt()))).append("</p><p>");
    for (int i = 0; i < text.blanks().size(); i++) {
      out.append(braces(QuestionText.html(text.fragments().get(i))));
      out.append('{').append(weight).append(":SHORTANSWER:");
      List<String> alternatives = spellings(text.blanks().get(i));
      for (int a = 0; a < alternatives.size(); a++) {
        out.append(a == 0 ? "=" : "~=")
            .append(references(GiftWriter.wildcardSafe(alternatives.get(a))));
      }
      out.append('}');
    }
    out.append(braces(QuestionText.html(text.fragments().get(text.blanks().size()))));
    out.append("</p>");
    return out.toString();
  }

  /**
   * The accepted answers with the {@linkplain AnswerFolding#spellings spellings} Moodle needs to
   * accept what our grader accepts (it compares whole strings, ignoring only case): with and
   * without abbreviation periods, hyphens and a leading article; each string once, ignoring case.
   */
  static List<String> spellings(List<String> accepted) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String answer : accepted) {
      for (String spelling : AnswerFolding.spellings(answer.strip())) {
        out.putIfAbsent(spelling.toLowerCase(java.util.Locale.ROOT), spelling);
      }
    }
    return List.copyOf(out.values());
  }

  private static String braces(String html) {
    return html.replace("{", "&#123;").replace("}", "&#125;");
  }

  /** Every character with a meaning in a cloze blank or in HTML as a numeric reference. */
  static String references(String answer) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if ("~#}{\\&<>\"%=:|/".indexOf(c) >= 0) {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
