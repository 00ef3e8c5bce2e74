package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.RetypedQuotes;

/**
 * Where a fact sheet typed a quote with straight quote marks or a hyphen for the source's curly
 * marks or dash, every export prints the source's own characters.
 */
class FeedbackQuotesTheSourceTest {
  private final Library library = ExportLibraries.shipped();
  private final List<Fact> retyped = RetypedQuotes.of(library);

  @Test
  void generalFeedbackQuotesTheSourcesCharacters() {
    assertThat(retyped).hasSize(RetypedQuotes.SHIPPED);
    List<Question> bank = ExportLibraries.shippedWithGenerated().questions();
    String moodle =
        new String(
            new MoodleXmlWriter().write(ExportLibraries.shippedWithGenerated()).bytes(),
            StandardCharsets.UTF_8);
    int cited = 0;
    for (Fact fact : retyped) {
      String words = "“" + library.evidence(fact).words() + "”";
      for (Question q : bank) {
        if (q.info().factIds().contains(fact.id())) {
          cited++;
          assertThat(String.join("\n", QuestionText.generalFeedback(library, q)))
              .as(q.id())
              .contains(words)
              .doesNotContain("“" + fact.quote() + "”");
          assertThat(moodle).contains(words);
        }
      }
    }
    assertThat(cited).as("questions citing a retyped fact").isPositive();
  }

  @Test
  void theFactsTableQuotesTheSourcesCharacters() {
    String csv =
        new String(
            new FactsCsvWriter().write(ExportSelection.of(library, List.of(), false)).bytes(),
            StandardCharsets.UTF_8);
    for (Fact fact : retyped) {
      assertThat(csv).contains(library.evidence(fact).words().replace("\"", "\"\""));
    }
  }
}
