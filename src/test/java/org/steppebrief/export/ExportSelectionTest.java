package org.steppebrief.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.Library;
import org.steppebrief.content.Topic;
import org.steppebrief.quiz.QuestionGenerator;

class ExportSelectionTest {
  @TempDir Path dir;

  @Test
  void anUnknownTopicIsRefusedWithTheTopicsThereAre() {
    Library library = ExportLibraries.specialCharacters(dir);

    assertThatThrownBy(
            () -> ExportSelection.of(library, List.of("nope", "special-characters"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown topic `nope`; topics are: special-characters");
  }

  @Test
  void generatedQuestionsComeOnlyWhenAskedForAfterTheTopicsOwn() {
    Library library = ExportLibraries.shipped();
    Topic topic = library.topics().get(0);

    ExportSelection own = ExportSelection.of(library, List.of(topic.id()), false);
    ExportSelection with = ExportSelection.of(library, List.of(topic.id()), true);

    assertThat(own.questions()).containsExactlyElementsOf(topic.questions());
    assertThat(with.questions())
        .startsWith(topic.questions().toArray(new org.steppebrief.content.Question[0]));
    assertThat(with.questions().subList(topic.questions().size(), with.questions().size()))
        .isNotEmpty()
        .allMatch(QuestionGenerator::isGenerated)
        .allMatch(q -> q.info().topicId().equals(topic.id()));
  }

  @Test
  void topicsKeepTheLibrarysOrderWhateverOrderTheyAreNamedIn() {
    Library library = ExportLibraries.shipped();
    String first = library.topics().get(0).id();
    String third = library.topics().get(2).id();

    ExportSelection selection = ExportSelection.of(library, List.of(third, first), false);

    assertThat(selection.topics()).extracting(Topic::id).containsExactly(first, third);
  }

  @Test
  void defaultFileNamesSayWhatIsInside() {
    Library library = ExportLibraries.shipped();
    String first = library.topics().get(0).id();

    assertThat(new GiftWriter().fileName(ExportSelection.of(library, List.of(), false)))
        .isEqualTo("steppe-brief-all-topics-gift.txt");
    assertThat(new QtiPackageWriter().fileName(ExportSelection.of(library, List.of(first), true)))
        .isEqualTo("steppe-brief-" + first + "-with-generated-qti.zip");
    assertThat(new FactsCsvWriter().fileName(ExportSelection.of(library, List.of(), true)))
        .isEqualTo("steppe-brief-all-topics-facts.csv");
    assertThat(
            new MoodleXmlWriter()
                .fileName(
                    ExportSelection.of(
                        library,
                        library.topics().subList(0, 4).stream().map(Topic::id).toList(),
                        false)))
        .isEqualTo("steppe-brief-4-topics-moodle.xml");
  }

  @Test
  void everyFormatIsFoundByItsName() {
    assertThat(ExportFormats.names()).isEqualTo("gift|moodle|qti|anki|csv");
    for (ExportWriter writer : ExportFormats.all()) {
      assertThat(ExportFormats.byName(writer.format())).containsSame(writer);
    }
    assertThat(ExportFormats.byName("../../etc/passwd")).isEmpty();
  }
}
