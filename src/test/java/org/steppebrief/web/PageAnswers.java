package org.steppebrief.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.content.Question;

/** Reads a question page as a learner would, and fills in the right (or a wrong) answer. */
final class PageAnswers {
  private static final Pattern QUESTION_ID = Pattern.compile("data-question=\"([^\"]+)\"");
  private static final Pattern CHOICE =
      Pattern.compile("<label for=\"c(\\d+)\" lang=\"en\">([^<]*)</label>");
  private static final Pattern ITEM =
      Pattern.compile("<label for=\"pos-(\\d+)\" lang=\"en\">([^<]*)</label>");
  private static final Pattern RIGHT =
      Pattern.compile("<option value=\"(\\d+)\" lang=\"en\">([^<]*)</option>");

  private PageAnswers() {}

  static String questionId(String html) {
    Matcher m = QUESTION_ID.matcher(html);
    if (!m.find()) {
      throw new AssertionError("not a question page:\n" + html);
    }
    return m.group(1);
  }

  /** Form fields that answer {@code q} right, given the order the page shows things in. */
  static String[] right(Question q, String html) {
    List<String> form = new ArrayList<>();
    if (q instanceof Question.SingleChoice s) {
      form.add("choice");
      form.add(indexOf(CHOICE, html, s.answer()));
    } else if (q instanceof Question.MultiChoice m) {
      for (String answer : m.answers()) {
        form.add("choice");
        form.add(indexOf(CHOICE, html, answer));
      }
    } else if (q instanceof Question.TrueFalse t) {
      form.add("truth");
      form.add(Boolean.toString(t.answer()));
    } else if (q instanceof Question.Ordering o) {
      Matcher m = ITEM.matcher(html);
      while (m.find()) {
        form.add("pos-" + m.group(1));
        form.add(Integer.toString(o.items().indexOf(unescape(m.group(2))) + 1));
      }
    } else if (q instanceof Question.Matching m) {
      for (int j = 0; j < m.pairs().size(); j++) {
        form.add("match-" + j);
        form.add(indexOf(RIGHT, html, m.pairs().get(j).right()));
      }
    } else if (q instanceof Question.ShortAnswer s) {
      form.add("text");
      form.add("  " + s.accept().get(0).toUpperCase(java.util.Locale.ROOT) + "!  ");
    } else if (q instanceof Question.Cloze c) {
      for (int k = 0; k < c.text().blanks().size(); k++) {
        form.add("blank-" + k);
        List<String> alternatives = c.text().blanks().get(k);
        form.add(alternatives.get(alternatives.size() - 1));
      }
    }
    return form.toArray(String[]::new);
  }

  private static String indexOf(Pattern pattern, String html, String text) {
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      if (unescape(m.group(2)).equals(text)) {
        return m.group(1);
      }
    }
    throw new AssertionError("`" + text + "` is not shown on the page");
  }

  static String unescape(String s) {
    return s.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
