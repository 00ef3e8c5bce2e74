package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;

/** The question page put back together from what a learner sent, for every question type. */
class GivenAnswerTest {
  @TempDir Path dir;

  @Test
  void everyKindOfInputIsPutBackIntoTheQuestionForm() {
    try (TestServer server = TestServer.withSheets(dir, "good")) {
      Library library = server.app().library().get().library();
      Pages pages = new Pages(Path.of("templates"), false);
      Map<String, String> expected =
          Map.of(
              "single-choice", "id=\"c1\" value=\"1\"[^>]*checked",
              "multi-choice", "id=\"c1\" value=\"1\"[^>]*checked",
              "true-false", "value=\"false\"[^>]*checked",
              "ordering",
                  "(?s)name=\"pos-0\"[^>]*>(?:(?!</select>).)*?<option value=\"2\"[^>]*selected",
              "matching",
                  "(?s)name=\"match-0\"[^>]*>(?:(?!</select>).)*?<option value=\"1\"[^>]*selected",
              "short-answer", "value=\"Ada &amp; co\"",
              "cloze", "name=\"blank-0\"[^>]*value=\"Ada &amp; co\"");
      Map<String, List<String>> sent =
          Map.of(
              "choice", List.of("1"),
              "truth", List.of("false"),
              "pos-0", List.of("2"),
              "match-0", List.of("1"),
              "text", List.of("Ada & co"),
              "blank-0", List.of("Ada & co"));
      int seen = 0;
      for (Question q : library.questions()) {
        String html = pages.render("quiz/question", model(library, q, sent), Language.EN);
        assertThat(html).as(q.type().key()).containsPattern(expected.get(q.type().key()));
        assertThat(html).contains("not saved");
        // Exactly what was sent is put back, nothing more: one tick or one selection.
        assertThat(html.split("checked=|selected=", -1).length - 1)
            .as(q.type().key())
            .isLessThanOrEqualTo(1);
        String fresh = pages.render("quiz/question", model(library, q, null), Language.EN);
        assertThat(fresh).doesNotContain("checked").doesNotContain("selected");
        seen++;
      }
      assertThat(seen).isGreaterThanOrEqualTo(7);
    }
  }

  private static Map<String, Object> model(
      Library library, Question q, Map<String, List<String>> sent) {
    Map<String, Object> model = new HashMap<>();
    model.put(
        "attempt",
        new org.steppebrief.quiz.Attempt(
            "A",
            "L",
            1,
            org.steppebrief.quiz.Attempt.Mode.TEST,
            "",
            List.of(q.id()),
            "",
            0,
            java.util.Optional.empty()));
    model.put("position", 1);
    model.put("total", 1);
    model.put("answered", 0);
    model.put("test", true);
    model.put("q", QuestionView.of(q, Presentation.of(q, 1)));
    model.put("topic", "");
    model.put("csrf", "t");
    model.put("learner", null);
    model.put("version", library.version());
    model.put("pack", library.pack());
    model.put("instructor", null);
    model.put("sourceLink", SourceLinks.INSTANCE);
    model.put("lang", Language.EN);
    model.put("languages", Language.offered());
    model.put("texts", Texts.of(Language.EN));
    if (sent != null) {
      model.put("given", new GivenAnswer(sent));
      model.put("notSaved", "Your answer to this question was not saved.");
    }
    return model;
  }
}
