package org.steppebrief.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.yaml.YamlMap;

/**
 * The sentences of a source's substantive body passages, with the skips its catalog entry gives:
 *
 * <pre>
 * skip:
 *   - sentence: "How realistic is this scenario?"
 *     reason: the interviewer's question, which asserts nothing
 * </pre>
 *
 * A skip names its sentence by the sentence's whole text or by a prefix of it that no other
 * sentence of the source shares, both compared folded (white space, quotes, dashes); a sentence
 * that the source repeats word for word is told apart by {@code passage:} (its paragraph number or
 * passage id). The interviewer's "SP" or a bullet need not be copied. A skip that matches no
 * sentence or several, or that gives no reason, is an error at its line.
 */
final class SentenceSkips {
  private SentenceSkips() {}

  static List<SourceSentence> of(YamlMap entry, String rawText, List<Passage> passages) {
    List<SourceSentence> sentences = split(rawText, passages);
    Map<Integer, String> reasons = new HashMap<>();
    for (YamlMap skip : entry.mappings("skip", "sentence skip")) {
      skip.allowOnly(Set.of("sentence", "reason", "passage"), "a sentence skip");
      Optional<String> sentence = skip.text("sentence", "a sentence skip");
      Optional<String> passage = skip.optionalText("passage");
      Optional<String> reason = skip.optionalText("reason");
      if (reason.isEmpty()) {
        skip.problems()
            .error(
                skip.position("reason"),
                "a skipped sentence needs a reason",
                "say why no fact should cite it (a repetition, a transition, a bare reference, a"
                    + " caption); claims, judgements, forecasts and conclusions are never skipped");
      }
      if (sentence.isEmpty()) {
        continue;
      }
      String wanted =
          TextFolding.foldQuote(SentenceSplitter.withoutLeadingMark(sentence.get())).strip();
      List<Integer> matches = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        SourceSentence candidate = sentences.get(i);
        boolean inPassage =
            passage.isEmpty()
                || passage.get().equals(candidate.passageId())
                || passage.get().equals(Integer.toString(candidate.paragraph()));
        if (inPassage && TextFolding.foldQuote(candidate.text()).startsWith(wanted)) {
          matches.add(i);
        }
      }
      if (matches.size() != 1) {
        skip.problems()
            .error(
                skip.position("sentence"),
                matches.isEmpty()
                    ? "no body sentence of this source starts with `" + clip(wanted) + "`"
                    : matches.size()
                        + " body sentences start with `"
                        + clip(wanted)
                        + "` (lines "
                        + String.join(
                            ", ",
                            matches.stream()
                                .map(i -> Integer.toString(sentences.get(i).line()))
                                .toList())
                        + ")",
                matches.isEmpty()
                    ? "copy the sentence's first words as `passages` prints them"
                    : "give more of the sentence, or its `passage` (paragraph number or id)");
        continue;
      }
      if (reason.isPresent()) {
        if (reasons.putIfAbsent(matches.get(0), reason.get()) != null) {
          skip.problems()
              .error(skip.position("sentence"), "this sentence is already skipped", null);
        }
      }
    }
    List<SourceSentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      SourceSentence s = sentences.get(i);
      out.add(
          new SourceSentence(
              s.passageId(),
              s.paragraph(),
              s.start(),
              s.end(),
              s.text(),
              s.line(),
              Optional.ofNullable(reasons.get(i))));
    }
    return List.copyOf(out);
  }

  /** Every sentence of every substantive body passage, with the file line it starts on. */
  static List<SourceSentence> split(String rawText, List<Passage> passages) {
    String[] lines = rawText.split("\r?\n", -1);
    List<SourceSentence> out = new ArrayList<>();
    for (Passage p : passages) {
      if (!p.isSubstantiveBody()) {
        continue;
      }
      LineFinder finder = new LineFinder(lines, p.firstLine(), p.lastLine());
      for (SentenceSplitter.Sentence s : SentenceSplitter.split(p.text())) {
        out.add(
            new SourceSentence(
                p.id(),
                p.number(),
                s.start(),
                s.end(),
                s.text(),
                finder.lineOf(s.text()),
                Optional.empty()));
      }
    }
    return out;
  }

  /**
   * Finds the file line a sentence starts on by its first two words, searching forward from the
   * previous sentence's line (passages are rejoined lines, so offsets do not map back directly).
   */
  private static final class LineFinder {
    private final String joined;
    private final int[] lineStarts;
    private final int firstLine;
    private int cursor;

    LineFinder(String[] lines, int firstLine, int lastLine) {
      this.firstLine = firstLine;
      StringBuilder b = new StringBuilder();
      int count = Math.max(0, Math.min(lastLine, lines.length) - firstLine + 1);
      lineStarts = new int[count];
      for (int i = 0; i < count; i++) {
        lineStarts[i] = b.length();
        b.append(lines[firstLine - 1 + i]).append('\n');
      }
      joined = b.toString();
    }

    int lineOf(String sentence) {
      int at = cursor;
      List<int[]> words = SentenceSplitter.words(sentence);
      if (!words.isEmpty()) {
        String first = sentence.substring(words.get(0)[0], words.get(0)[1]);
        String regex = Pattern.quote(first);
        if (words.size() > 1) {
          regex +=
              "[^\\p{L}\\p{N}]+"
                  + Pattern.quote(sentence.substring(words.get(1)[0], words.get(1)[1]));
        }
        Matcher m = Pattern.compile(regex).matcher(joined);
        if (m.find(cursor)) {
          at = m.start();
          cursor = m.end();
        }
      }
      int index = 0;
      while (index + 1 < lineStarts.length && lineStarts[index + 1] <= at) {
        index++;
      }
      return firstLine + index;
    }
  }

  private static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
