package org.steppebrief.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steppebrief.corpus.SentenceSplitter;

/** Prose whose sentences each end with fact citations like {@code [a, b]}. */
public record CitedText(List<Sentence> sentences) {
  static final Pattern CITATION =
      Pattern.compile("\\[\\s*([a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*)\\s*]");
  private static final Pattern LEADING_CITATION = Pattern.compile("\\[[^\\]]*]\\s*");

  public CitedText {
    sentences = List.copyOf(sentences);
  }

  /** A sentence with its citations taken out of the text. */
  public record Sentence(String text, List<String> factIds, int offset) {
    public Sentence {
      factIds = List.copyOf(factIds);
    }
  }

  public static CitedText parse(String raw) {
    String text = raw.strip();
    List<Integer> bounds = sentenceStarts(text);
    List<Sentence> out = new ArrayList<>();
    for (int k = 0; k < bounds.size(); k++) {
      int from = bounds.get(k);
      int to = k + 1 < bounds.size() ? bounds.get(k + 1) : text.length();
      String part = text.substring(from, to);
      List<String> ids = new ArrayList<>();
      Matcher m = CITATION.matcher(part);
      while (m.find()) {
        Arrays.stream(m.group(1).split(",")).map(String::strip).forEach(ids::add);
      }
      String plain = CITATION.matcher(part).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1");
      out.add(new Sentence(plain.strip().replaceAll("\\s{2,}", " "), ids, from));
    }
    return new CitedText(out);
  }

  /**
   * Where sentences start: where {@link SentenceSplitter} starts them (abbreviations, initials and
   * numbered clauses end no sentence). A citation written just after the full stop ("... peace.
   * [a]") stays with the sentence it follows.
   */
  static List<Integer> sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int start : SentenceSplitter.starts(text)) {
      int next = start;
      if (start > 0) {
        Matcher cite = LEADING_CITATION.matcher(text).region(start, text.length());
        if (cite.lookingAt()) {
          next = cite.end();
          if (next >= text.length()) {
            break;
          }
        }
      }
      starts.add(next);
    }
    return starts;
  }

  /** Every fact id cited, in order of first citation. */
  public List<String> factIds() {
    return sentences.stream().flatMap(s -> s.factIds().stream()).distinct().toList();
  }

  public String plainText() {
    return String.join(" ", sentences.stream().map(Sentence::text).toList());
  }
}
