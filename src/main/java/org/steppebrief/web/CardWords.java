package org.steppebrief.web;

import java.util.Optional;
import org.steppebrief.content.Fact;
import org.steppebrief.content.FactKind;
import org.steppebrief.content.Question;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Texts;
import org.steppebrief.study.Card;

/**
 * What a study card says in the interface's words, in the page's language: its kind, the cue on its
 * front and, for a true-or-false card, its answer. {@link Card} keeps English words for the exports
 * and tests; the page asks here, from the card's id and the content behind it.
 *
 * @param cueLang the language of the cue: the page's, or the content's when the cue is a cloze
 *     question's prompt
 * @param answerLang the language of the answer: the content's, except for a truth value
 */
record CardWords(String label, String cue, String cueLang, String answer, String answerLang) {

  static CardWords of(Card card, LibraryHolder.Loaded loaded, Texts texts) {
    String page = texts.tag();
    return switch (card.kind()) {
      case FACT -> {
        boolean plain =
            Optional.ofNullable(loaded.facts().get(card.factIds().get(0)))
                .map(Fact::kind)
                .map(k -> k == FactKind.FACT)
                .orElse(true);
        yield new CardWords(
            texts.get("card.fact"),
            texts.get(plain ? "card.cue.fact" : "card.cue.view"),
            page,
            card.answer(),
            Language.CONTENT);
      }
      case CLOZE -> {
        // The id says which field was blanked: cloze-year:, cloze-programme:, cloze-holder:.
        String field = card.id().substring("cloze-".length(), card.id().indexOf(':'));
        yield new CardWords(
            texts.get("card.cloze"),
            texts.get("card.cue." + field),
            page,
            card.answer(),
            Language.CONTENT);
      }
      case QUESTION -> {
        Optional<Question> q = loaded.question(card.id().substring("question:".length()));
        if (q.isEmpty()) {
          yield new CardWords(
              card.label(), card.cue(), Language.CONTENT, card.answer(), Language.CONTENT);
        }
        Question question = q.get();
        String type = question.type().key();
        String label = texts.get("type." + type);
        if (question instanceof Question.Cloze) {
          yield new CardWords(label, card.cue(), Language.CONTENT, card.answer(), Language.CONTENT);
        }
        if (question instanceof Question.TrueFalse t) {
          yield new CardWords(
              label,
              texts.get("card.cue.true-false"),
              page,
              ResponseText.truth(t.answer(), texts),
              page);
        }
        if (question instanceof Question.Matching) {
          // The cue lists the right-hand sides: "Match each with one of: a, b, c."
          String rights =
              card.cue().substring(card.cue().indexOf(": ") + 2, card.cue().length() - 1);
          yield new CardWords(
              label, texts.get("card.cue.matching", rights), page, card.answer(), Language.CONTENT);
        }
        yield new CardWords(
            label, texts.get("card.cue." + type), page, card.answer(), Language.CONTENT);
      }
    };
  }
}
