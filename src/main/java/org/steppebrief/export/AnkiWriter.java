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
  static final String DECK = "Steppe Brief";

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
        .append(DECK)
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
    if (question instanceof Question.SingleChoice q) {
      return p(q.info().prompt()) + list("ol", Shuffle.choices(q, seed));
    }
    if (question instanceof Question.MultiChoice q) {
      return p(q.info().prompt())
          + p("Choose every right answer.")
          + list("ol", Shuffle.choices(q, seed));
    }
    if (question instanceof Question.TrueFalse q) {
      return p("True or false?") + p(q.info().prompt());
    }
    if (question instanceof Question.Ordering q) {
      return p(q.info().prompt()) + list("ul", Shuffle.items(q, seed));
    }
    if (question instanceof Question.Matching q) {
      return p(q.info().prompt())
          + list("ul", q.pairs().stream().map(Question.Matching.Pair::left).toList())
          + p("with")
          + list("ul", Shuffle.rights(q, seed));
    }
    if (question instanceof Question.ShortAnswer q) {
      return p(q.info().prompt());
    }
    if (question instanceof Question.Cloze q) {
      ClozeText text = q.text();
      StringBuilder shown = new StringBuilder(text.fragments().get(0));
      for (int i = 0; i < text.blanks().size(); i++) {
        shown.append("_____").append(text.fragments().get(i + 1));
      }
      return p(q.info().prompt()) + p(shown.toString());
    }
    throw new IllegalStateException("unknown question type " + question.type());
  }

  static String back(Library library, Question question) {
    StringBuilder out = new StringBuilder();
    if (question instanceof Question.SingleChoice q) {
      out.append(p("Answer: " + q.answer()));
    } else if (question instanceof Question.MultiChoice q) {
      out.append(p("Answers:")).append(list("ul", q.answers()));
    } else if (question instanceof Question.TrueFalse q) {
      out.append(p(q.answer() ? "True." : "False."));
    } else if (question instanceof Question.Ordering q) {
      out.append(p("In order:")).append(list("ol", q.items()));
    } else if (question instanceof Question.Matching q) {
      out.append(
          list(
              "ul",
              q.pairs().stream().map(pair -> pair.left() + " \u2192 " + pair.right()).toList()));
    } else if (question instanceof Question.ShortAnswer q) {
      out.append(p("Answer: " + String.join(" | ", q.accept()))).append(p(TYPED_RULE));
    } else if (question instanceof Question.Cloze q) {
      ClozeText text = q.text();
      StringBuilder filled = new StringBuilder(QuestionText.html(text.fragments().get(0)));
      for (int i = 0; i < text.blanks().size(); i++) {
        filled
            .append("<b>")
            .append(QuestionText.html(String.join(" | ", text.blanks().get(i))))
            .append("</b>")
            .append(QuestionText.html(text.fragments().get(i + 1)));
      }
      out.append("<p>").append(filled.toString().replaceAll("[\\t\\r\\n]+", " ")).append("</p>");
      out.append(p(TYPED_RULE));
    }
    for (String line : QuestionText.generalFeedback(library, question)) {
      out.append(p(line));
    }
    return out.toString();
  }
}
