package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
  }

  @Test
  void doesNotEndASentenceAtInitialsOrAbbreviationsOfAReference() {
    String note =
        "See: M.T. Laumulin, “Interesy Zapada v Tsentral’noi Azii,” in: Sotrudnichestvo, ed. by"
            + " M. Ashimbaev, J. Mennuti, Almaty, 2005, p. 69.";
    assertThat(sentences(note)).containsExactly(note);
    String journal =
        "See: M. Nurgaliev, “Kazakh-U.S. Military-Political Cooperation,” Central Asia and the"
            + " Caucasus, No. 2 (44), 2007, p. 61. Vol. II of the same series followed.";
    assertThat(sentences(journal)).hasSize(2);
  }

  @Test
  void endsASentenceAfterInitialsOnlyBeforeAWordThatOpensSentences() {
    assertThat(
            sentences(
                "Officers trained with the U.S. Army and under a U.N. Security Council mandate. It"
                    + " lasted."))
        .hasSize(2);
    assertThat(sentences("Kazakhstan signed a plan with the U.S. The document runs until 2022."))
        .containsExactly("Kazakhstan signed a plan with the U.S.", "The document runs until 2022.");
    assertThat(sentences("Named after M. V. Lomonosov Maksim Vilisov said so.")).hasSize(1);
  }

  @Test
  void endsASentenceAtAFootnoteMarkerGluedToItsFullStop() {
    assertThat(
            sentences(
                "Kazakhstan does not plan to join NATO in the future.1 Nor does the republic"
                    + " intend to host bases. The region.”3 Then more."))
        .containsExactly(
            "Kazakhstan does not plan to join NATO in the future.1",
            "Nor does the republic intend to host bases.",
            "The region.”3",
            "Then more.");
  }

  @Test
  void splitsQuotedSpeechIntoItsSentencesAndKeepsTheAttributionWithTheLast() {
    String text =
        "“Military and technical cooperation has been an initial policy of Kazakhstan. Only the"
            + " circumstances have changed. Kazakhstan has always provided a multivectoral foreign"
            + " policy,” Andrei Kazantsev, the director of the MGIMO Analytical Center, told Vestnik"
            + " Kavkaza. “Why now?” asked the paper. He did not answer.";
    assertThat(sentences(text))
        .containsExactly(
            "“Military and technical cooperation has been an initial policy of Kazakhstan.",
            "Only the circumstances have changed.",
            "Kazakhstan has always provided a multivectoral foreign policy,” Andrei Kazantsev,"
                + " the director of the MGIMO Analytical Center, told Vestnik Kavkaza.",
            "“Why now?” asked the paper.",
            "He did not answer.");
  }

  @Test
  void endsASentenceWhoseFollowingSpaceIsMissing() {
    assertThat(
            sentences(
                "It calls for cooperation, stability and peace.According to him, it is within the"
                    + " program “Partnership for Peace.”This concerns the forces of Pravda.ru and"
                    + " the U.S.-led coalition."))
        .containsExactly(
            "It calls for cooperation, stability and peace.",
            "According to him, it is within the program “Partnership for Peace.”",
            "This concerns the forces of Pravda.ru and the U.S.-led coalition.");
  }

  @Test
  void treatsANoBreakSpaceAsWhiteSpace() {
    assertThat(sentences("Jan Reinhold made it known.\u00A0In 2015 the embassy changed."))
        .hasSize(2);
  }

  @Test
  void keepsNumberedClausesInTheirSentenceAndJoinsAShortLabelToWhatItLabels() {
    assertThat(sentences("(1) raising capabilities; (2) improving command, for example, 3."))
        .hasSize(1);
    assertThat(sentences("2. Kazakhstan signed the plan. 3. It joined the exercise."))
        .containsExactly("2. Kazakhstan signed the plan.", "3. It joined the exercise.");
    assertThat(
            sentences(
                "■ First scenario. Kazakhstan’s active incorporation into NATO’s system. It"
                    + " appears that factors might have an effect."))
        .containsExactly(
            "First scenario. Kazakhstan’s active incorporation into NATO’s system.",
            "It appears that factors might have an effect.");
  }

  @Test
  void leavesOutTheMarkOfAnItemOrOfTheNextSpeaker() {
    assertThat(
            sentences(
                "— It was maintained at a serious level, — says Maksim Vilisov. — The intensity"
                    + " is not reduced."))
        .containsExactly(
            "It was maintained at a serious level, — says Maksim Vilisov.",
            "The intensity is not reduced.");
  }

  @Test
  void givesEachSentenceItsRangeInTheText() {
    String text = "  ■ One claim is made here.  Another claim there!  A question? ";
    for (SentenceSplitter.Sentence s : SentenceSplitter.split(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(sentences(text))
        .containsExactly("One claim is made here.", "Another claim there!", "A question?");
  }

  @Test
  void endsASentenceAtAnEllipsisOrAQuestionMarkBeforeACapital() {
    assertThat(sentences("If power changes hands… Of course, we cannot rule it out. Why? Because."))
        .hasSize(4);
  }
}
