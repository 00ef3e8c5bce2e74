package org.steppebrief.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Shuffle;

/**
 * Anki's text import (docs.ankiweb.net/importing/text-files.html): tab-separated, headers for the
 * separator, HTML, note type ("Basic": Front and Back), deck, and the columns holding tags and the
 * note's GUID. The GUID is {@code steppe-brief/<question id>}, so importing a newer export updates
 * the notes instead of adding copies.
 *
 * <p>A card is answered by the learner's own judgement, so every question type becomes a card: the
 * front asks (choices, items and right sides in a shown order that is not the answer's), the back
 * gives the answer, the explanation and every cited passage with its source.
 */
public final class AnkiWriter implements ExportWriter {
  static final String GUID_PREFIX = "steppe-brief/";

  /**
   * Anki leaves judging a typed answer to the learner, so the back says what our grader does not
   * count (AnswerFolding.key).
   */
  static final String TYPED_RULE =
      "Case, punctuation, spacing, the periods of abbreviations (U.S. = US) and a leading"
          + " \u201cthe\u201d, \u201ca\u201d or \u201can\u201d do not count.";

  /** Shown orders come from this seed, so every export shows the same front. */
  private static final long SEED = 0x5eedL;

  @Override
  public String format() {
    return "anki";
  }

  @Override
  public String label() {
    return "Anki notes";
  }

  @Override
  public String description() {
    return "For Anki: File \u2192 Import. One Basic note per question, answer and sources on the"
        + " back; importing a newer file updates the notes.";
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
    out.append("#separator:tab\n")
        .append("#html:true\n")
        .append("#notetype:Basic\n")
        .append("#deck:")
        .append(library.pack().title().replaceAll("\\s+", " "))
        .append('\n')
        .append("#tags column:4\n")
        .append("#guid column:1\n");
    for (Question question : selection.questions()) {
      row(
          out,
          GUID_PREFIX + question.id(),
          front(question),
          back(library, question),
          String.join(" ", tags(library, question)));
    }
    return new ExportResult(
        out.toString().getBytes(StandardCharsets.UTF_8),
        selection.questions().size(),
        List.of(),
        List.of());
  }

  /**
   * One record: fields joined by tabs; a field holding a quote, tab or line break is quoted, its
   * quotes doubled (RFC 4180, which Anki's reader follows).
   */
  private static void row(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      String f = fields[i];
      if (f.indexOf('"') >= 0
          || f.indexOf('\t') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append('\n');
  }

  /** Anki tags hold no spaces; "::" makes them a tree under steppe-brief. */
  static List<String> tags(Library library, Question question) {
    return QuestionText.tags(library, question).stream()
        .map(t -> "steppe-brief::" + t.replace(":", "::").replaceAll("\\s+", "_"))
        .toList();
  }

  private static String p(String text) {
    return QuestionText.paragraph(text.replaceAll("[\\t\\r\\n]+", " "));
  }

  private static String list(String tag, List<String> items) {
    StringBuilder out = new StringBuilder("<" + tag + ">");
    for (String item : items) {
      out.append("<li>")
          .append(QuestionText.html(item.replaceAll("[\\t\\r\\n]+", " ")))
          .append("</li>");
    }
    return out.append("</").append(tag).append(">").toString();
  }

  static String front(Question question) {
    long seed = Shuffle.seedFor(SEED, question.id());
    return switch (question.type()) {
      case SINGLE_CHOICE -> {
        Question.SingleChoice q = (Question.SingleChoice) question;
        yield p(q.info().prompt()) + list("ol", Shuffle.choices(q, seed));
      }
      case MULTI_CHOICE -> {
        Question.MultiChoice q = (Question.MultiChoice) question;
        yield p(q.info().prompt())
            + p("Choose every right answer.")
            + list("ol", Shuffle.choices(q, seed));
      }
      case TRUE_FALSE -> {
        Question.TrueFalse q = (Question.TrueFalse) question;
        yield p("True or false?") + p(q.info().prompt());
      }
      case ORDERING -> {
        Question.Ordering q = (Question.Ordering) question;
        yield p(q.info().prompt()) + list("ul", Shuffle.items(q, seed));
      }
      case MATCHING -> {
        Question.Matching q = (Question.Matching) question;
        yield p(q.info().prompt())
            + list("ul", q.pairs().stream().map(Question.Matching.Pair::left).toList())
            + p("with")
            + list("ul", Shuffle.rights(q, seed));
      }
      case SHORT_ANSWER -> {
        Question.ShortAnswer q = (Question.ShortAnswer) question;
        yield p(q.info().prompt());
      }
      case CLOZE -> {
        Question.Cloze q = (Question.Cloze) question;
        ClozeText text = q.text();
        StringBuilder shown = new StringBuilder(text.fragments().get(0));
        for (int i = 0; i < text.blanks().size(); i++) {
          shown.append("_____").append(text.fragments().get(i + 1));
        }
        yield p(q.info().prompt()) + p(shown.toString());
      }
    };
  }

  static String back(Library library, Question question) {
    StringBuilder out = new StringBuilder();
    out.append(
        switch (question.type()) {
          case SINGLE_CHOICE -> p("Answer: " + ((Question.SingleChoice) question).answer());
          case MULTI_CHOICE ->
              p("Answers:") + list("ul", ((Question.MultiChoice) question).answers());
          case TRUE_FALSE -> p(((Question.TrueFalse) question).answer() ? "True." : "False.");
          case ORDERING -> p("In order:") + list("ol", ((Question.Ordering) question).items());
          case MATCHING ->
              list(
                  "ul",
                  ((Question.Matching) question)
                      .pairs().stream()
                          .map(pair -> pair.left() + " \u2192 " + pair.right())
                          .toList());
          case SHORT_ANSWER ->
              p("Answer: " + String.join(" | ", ((Question.ShortAnswer) question).accept()))
                  + p(TYPED_RULE);
          case CLOZE -> filledCloze(((Question.Cloze) question).text()) + p(TYPED_RULE);
        });
    for (String line : QuestionText.generalFeedback(library, question)) {
      out.append(p(line));
    }
    return out.toString();
  }

  /** A cloze's text with every blank filled by its answers, in bold, on one line. */
  private static String filledCloze(ClozeText text) {
    StringBuilder filled = new StringBuilder(QuestionText.html(text.fragments().get(0)));
    for (int i = 0; i < text.blanks().size(); i++) {
      filled
          .append("<b>")
          .append(QuestionText.html(String.join(" | ", text.blanks().get(i))))
          .append("</b>")
          .append(QuestionText.html(text.fragments().get(i + 1)));
    }
    return "<p>" + filled.toString().replaceAll("[\\t\\r\\n]+", " ") + "</p>";
  }
}
