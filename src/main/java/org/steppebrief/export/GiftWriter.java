package org.steppebrief.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;

/**
 * GIFT, Moodle's text format (docs.moodle.org/en/GIFT_format; the parser is Moodle's
 * question/format/gift/format.php). One category per topic; per question a comment with its
 * idnumber and tags, its id as name, {@code [html]} text, per-answer feedback and general feedback
 * with the explanation and every cited passage.
 *
 * <p>What GIFT can express exactly: single choice ({@code =right ~wrong}), multiple answers
 * (weights {@code ~%50%} on the right choices and {@code ~%-50%} on the wrong, which Moodle sums
 * and floors at zero: our partial credit), true-false, matching (Moodle scores the share of left
 * sides matched: ours), short answer (with the spellings of each accepted answer Moodle needs), a
 * cloze with one blank (written as a short answer whose text shows the blank, which is what
 * Moodle's own missing-word form becomes), and ordering in the syntax Moodle 4.4 and later read
 * ({@code {>n ALL VERTICAL ...}}; earlier Moodles read it only with the ordering plugin installed).
 * Clozes with several blanks have no GIFT form and are skipped, as is a short answer Moodle would
 * misread.
 */
public final class GiftWriter implements ExportWriter {
  /** A text that starts like this would lose its start to Moodle's format marker. */
  private static final Pattern FORMAT_MARKER =
      Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]");

  /** Moodle keeps 50 characters of a tag (TAG_MAX_LENGTH); a longer one is left out. */
  static final int MAX_TAG = 50;

  @Override
  public String format() {
    return "gift";
  }

  @Override
  public String label() {
    return "GIFT (Moodle\u2019s text format)";
  }

  @Override
  public String description() {
    return "For Moodle: Question bank \u2192 Import \u2192 GIFT format. One category per topic;"
        + " ordering questions need Moodle 4.4 or later; clozes with several blanks have no GIFT"
        + " form and are left out.";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public ExportResult write(ExportSelection selection) {
    Library library = selection.library();
    StringBuilder out = new StringBuilder();
    out.append("// Steppe Brief questions in GIFT format, content ")
        .append(library.version())
        .append(".\n// Import in Moodle: Question bank > Import > GIFT format.\n\n");
    List<ExportResult.Skipped> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int count = 0;
    for (Topic topic : selection.topics()) {
      List<String> blocks = new ArrayList<>();
      for (Question question : selection.questionsOf(topic)) {
        Optional<String> reason = whyNot(question);
        if (reason.isPresent()) {
          skipped.add(new ExportResult.Skipped(question.id(), question.type(), reason.get()));
          continue;
        }
        blocks.add(question(library, question, notes));
      }
      if (blocks.isEmpty()) {
        continue;
      }
      out.append("$CATEGORY: ").append(category(library.pack().title(), topic)).append("\n\n");
      for (String block : blocks) {
        out.append(block).append('\n');
        count++;
      }
    }
    return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), count, skipped, notes);
  }

  /**
   * The category line's path. Moodle takes the line as it stands except that "\\" becomes "\" (and
   * a backslash before another special character would become a placeholder), so every backslash is
   * doubled; it splits the path on "/", and "//" is a slash inside a name. The path is the pack's
   * title, then the topic's.
   */
  static String category(String pack, Topic topic) {
    return segment(pack) + "/" + segment(topic.title());
  }

  private static String segment(String name) {
    return oneLine(name).replace("\\", "\\\\").replace("/", "//");
  }

  /** Why a question has no faithful GIFT form, or empty when it has one. */
  static Optional<String> whyNot(Question question) {
    if (question instanceof Question.Cloze c && c.text().blanks().size() > 1) {
      return Optional.of(
          "GIFT holds one blank per question and this cloze has " + c.text().blanks().size());
    }
    List<String> answers = List.of();
    if (question instanceof Question.ShortAnswer s) {
      answers = s.accept();
    } else if (question instanceof Question.Cloze c) {
      answers = c.text().blanks().get(0);
    }
    for (String answer : answers) {
      if (answer.contains("->")) {
        return Optional.of(
            "the answer \u201c"
                + answer
                + "\u201d contains \u201c->\u201d, which Moodle\u2019s"
                + " GIFT import takes for a matching question");
      }
      Optional<String> plain = plainProblem(answer);
      if (plain.isPresent()) {
        return plain;
      }
    }
    return Optional.empty();
  }

  /**
   * Why a short answer cannot be written exactly, or empty: Moodle reads a leading "[html]" as a
   * format and "\\*" as an escaped wildcard in a short answer.
   */
  static Optional<String> plainProblem(String answer) {
    if (answer.contains("\\*")) {
      return Optional.of(
          "the answer \u201c"
              + answer
              + "\u201d holds \u201c\\*\u201d, which Moodle reads as an"
              + " escaped wildcard");
    }
    if (FORMAT_MARKER.matcher(answer).find()) {
      return Optional.of(
          "the answer \u201c" + answer + "\u201d starts like a GIFT text-format marker");
    }
    return Optional.empty();
  }

  private static String question(Library library, Question question, List<String> notes) {
    StringBuilder out = new StringBuilder();
    out.append("// [id:").append(question.id()).append(']');
    for (String tag : QuestionText.tags(library, question)) {
      if (tag.length() > MAX_TAG) {
        notes.add(question.id() + ": tag `" + tag + "` is longer than Moodle keeps; left out");
        continue;
      }
      out.append(" [tag:").append(tag).append(']');
    }
    out.append('\n');
    out.append("::").append(escape(question.id())).append("::[html]");
    String general = escape(QuestionText.generalFeedbackHtml(library, question));
    if (question instanceof Question.SingleChoice q) {
      out.append(htmlText(q.info().prompt())).append("{\n");
      for (String choice : q.choices()) {
        boolean right = choice.equals(q.answer());
        out.append('\t')
            .append(right ? '=' : '~')
            .append(htmlText(choice))
            .append('#')
            .append(htmlText(QuestionText.choiceFeedback(right, q.answer())))
            .append('\n');
      }
    } else if (question instanceof Question.MultiChoice q) {
      // Moodle sums the weights of the ticked choices and floors the sum at zero; with 1/k for
      // each of k right choices and -1/k for each wrong one that is (right - wrong) / k, floored.
      String weight = weight(100.0 / q.answers().size());
      out.append(htmlText(q.info().prompt())).append("{\n");
      for (String choice : q.choices()) {
        boolean right = q.answers().contains(choice);
        out.append("\t~%")
            .append(right ? weight : "-" + weight)
            .append('%')
            .append(htmlText(choice))
            .append('#')
            .append(htmlText(QuestionText.multiChoiceFeedback(right)))
            .append('\n');
      }
    } else if (question instanceof Question.TrueFalse q) {
      // Moodle: the first feedback is shown for the wrong answer, the second for the right one.
      out.append(htmlText(q.info().prompt()))
          .append('{')
          .append(q.answer() ? "TRUE" : "FALSE")
          .append('#')
          .append(htmlText(QuestionText.trueFalseFeedback(false, q.answer())))
          .append('#')
          .append(htmlText(QuestionText.trueFalseFeedback(true, q.answer())))
          .append("####")
          .append(general)
          .append("}\n");
      return out.toString();
    } else if (question instanceof Question.Matching q) {
      out.append(htmlText(q.info().prompt())).append("{\n");
      for (Question.Matching.Pair pair : q.pairs()) {
        // A left side is text in the question's format; a right side is plain text.
        out.append("\t=")
            .append(htmlText(pair.left()))
            .append(" -> ")
            .append(escape(oneLine(pair.right())))
            .append('\n');
      }
    } else if (question instanceof Question.ShortAnswer q) {
      out.append(htmlText(q.info().prompt())).append("{\n");
      shortAnswers(out, q.accept());
    } else if (question instanceof Question.Cloze q) {
      ClozeText text = q.text();
      String shown =
          QuestionText.html(q.info().prompt())
              + " "
              + QuestionText.html(text.fragments().get(0))
              + "_____"
              + QuestionText.html(text.fragments().get(1));
      out.append(escape(leadSafe(shown))).append("{\n");
      shortAnswers(out, text.blanks().get(0));
    } else if (question instanceof Question.Ordering q) {
      // Moodle 4.4 and later (and the ordering plugin before) read "{>n ALL VERTICAL ...}" with
      // one item per line in the right order; see ordering().
      out.append(htmlText(q.info().prompt())).append("{\n");
      out.append(ordering(q));
    }
    out.append("\t####").append(general).append("\n}\n");
    return out.toString();
  }

  /**
   * The options line of an ordering question as Moodle's qtype_ordering reads it from GIFT (all n
   * items shown, vertical, graded RELATIVE_ALL_PREVIOUS_AND_NEXT, which counts every pair in the
   * right relative order twice: our share of pairs; grading details shown; no numbering), then one
   * item per line. The plugin takes the lines as they stand (GIFT's backslash escapes are not
   * undone for them) in Moodle's auto-format, which reads HTML: so an item is written as HTML on
   * one line, with "{", "}", "\\" and "#" as character references, which neither GIFT nor the
   * plugin reads as syntax.
   */
  static String ordering(Question.Ordering q) {
    StringBuilder out = new StringBuilder();
    out.append("\t>")
        .append(q.items().size())
        .append(" ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW none\n");
    for (String item : q.items()) {
      out.append('\t').append(orderingItem(item)).append('\n');
    }
    return out.toString();
  }

  static String orderingItem(String item) {
    String html = QuestionText.html(oneLine(item));
    StringBuilder out = new StringBuilder(html.length() + 8);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      switch (c) {
        case '{', '}', '\\', '#' -> out.append("&#").append((int) c).append(';');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Short-answer answers, each worth 100% (written out, so an answer may start with "%"), with the
   * {@linkplain MoodleXmlWriter#spellings spellings} Moodle needs to accept what our grader does.
   */
  private static void shortAnswers(StringBuilder out, List<String> accepted) {
    for (String answer : MoodleXmlWriter.spellings(accepted)) {
      out.append("\t=%100%")
          .append(escape(wildcardSafe(oneLine(answer))))
          .append('#')
          .append(htmlText(QuestionText.RIGHT))
          .append('\n');
    }
  }

  /** Moodle's short answers read "*" as a wildcard; "\*" is a literal asterisk. */
  static String wildcardSafe(String answer) {
    return answer.replace("*", "\\*");
  }

  /** Text in the question's HTML format, escaped for GIFT. */
  private static String htmlText(String text) {
    return escape(leadSafe(QuestionText.html(text)));
  }

  /**
   * A text starting with "%" would be read as an answer weight and one starting with "[html]" as a
   * format marker; as HTML the first character can be written as a character reference instead.
   */
  static String leadSafe(String html) {
    String t = html.strip();
    if (t.startsWith("%") || t.startsWith("[")) {
      return "&#" + (int) t.charAt(0) + ";" + t.substring(1);
    }
    return t;
  }

  /**
   * Escapes GIFT's special characters with a backslash, the backslash first: {@code ~ = # { } :}
   * and {@code \}; a line break becomes {@code \n}, as Moodle's own GIFT export writes it.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** A weight as Moodle writes it: up to five decimals, no trailing zeros ("33.33333", "50"). */
  static String weight(double percent) {
    String s = String.format(java.util.Locale.ROOT, "%.5f", percent);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
