package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.ClozeText;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;

/**
 * Every accepted answer of the shipped bank, written with and without the periods of its
 * abbreviations and with and without a leading article, is accepted by the grader. The variants are
 * made here by their own rules, not by {@link AnswerFolding}.
 */
class ShippedAnswerVariantsTest {
  private static final Pattern DOTTED = Pattern.compile("\\b\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)+");
  private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,}\\b");
  private static final Pattern ARTICLE =
      Pattern.compile("^(?:the|a|an)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

  @Test
  void everyAcceptedAnswerIsAcceptedWithAndWithoutPeriodsAndArticle() {
    Library library = LibraryLoader.load(Path.of(".")).library();
    List<String> refused = new ArrayList<>();
    int tried = 0;
    int changed = 0;
    for (Question question : library.questions()) {
      if (question instanceof Question.ShortAnswer s) {
        for (String accepted : s.accept()) {
          for (String variant : variants(accepted)) {
            tried++;
            changed += variant.equals(accepted) ? 0 : 1;
            if (!Grader.grade(s, new Response.Text(variant)).correct()) {
              refused.add(
                  s.id() + ": \u201c" + variant + "\u201d for \u201c" + accepted + "\u201d");
            }
          }
        }
      } else if (question instanceof Question.Cloze c) {
        ClozeText text = c.text();
        for (int blank = 0; blank < text.blanks().size(); blank++) {
          for (String accepted : text.blanks().get(blank)) {
            for (String variant : variants(accepted)) {
              tried++;
              changed += variant.equals(accepted) ? 0 : 1;
              List<String> filled = new ArrayList<>();
              text.blanks().forEach(b -> filled.add(b.get(0)));
              filled.set(blank, variant);
              if (!Grader.grade(c, new Response.Blanks(filled)).correct()) {
                refused.add(c.id() + " blank " + (blank + 1) + ": \u201c" + variant + "\u201d");
              }
            }
          }
        }
      }
    }
    assertThat(refused).as("variants the grader refuses").isEmpty();
    // The bank has abbreviations with and without periods, and articles: the test bites.
    assertThat(tried).isGreaterThan(500);
    assertThat(changed).isGreaterThan(tried / 2);
  }

  @Test
  void theVariantsAreTheOnesTheIssueNamed() {
    assertThat(variants("the U.S. and NATO"))
        .contains(
            "US and NATO", "the U.S. and N.A.T.O.", "U. S. and N. A. T. O.", "the U.S. and NATO");
  }

  /**
   * The answer with its abbreviations as written, without periods ("U.S." → "US"), with periods
   * ("NATO" → "N.A.T.O.") and with spaced periods ("U. S."); each with and without a leading "the"
   * (or without the article it has).
   */
  static Set<String> variants(String answer) {
    String plain = replace(DOTTED, answer, m -> m.replaceAll("[.\\s]", ""));
    String dotted = replace(CAPITALS, plain, m -> m.replaceAll("(\\p{Lu})", "$1."));
    String spaced = replace(CAPITALS, plain, m -> m.replaceAll("(\\p{Lu})", "$1. ").strip());
    Set<String> out = new LinkedHashSet<>();
    for (String form : List.of(answer, plain, dotted, spaced)) {
      Matcher article = ARTICLE.matcher(form);
      String bare = article.find() ? form.substring(article.end()) : form;
      out.add(form);
      out.add(bare);
      out.add("the " + bare);
      out.add(
          ("aeiou".indexOf(bare.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ") + bare);
    }
    return out;
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> change) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(change.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
