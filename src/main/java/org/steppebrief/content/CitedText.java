package org.steppebrief.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prose whose sentences each end with fact citations like {@code [a, b]}. */
public record CitedText(List<Sentence> sentences) {
  static final Pattern CITATION =
      Pattern.compile("\\[\\s*([a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*)\\s*]");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"”’)\\]]?)\\s+(?=[\\p{Lu}\"“‘(\\d\\[])");
  private static final Pattern LEADING_CITATION = Pattern.compile("\\[[^\\]]*]\\s*");

  /** "U.N", "U.S", "M.V": initials, whose full stop ends no sentence. */
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "St", "No", "Nos",
          "vs", "e.g", "i.e", "etc", "cf", "Vol", "pp", "p", "ed", "Jr", "Sr", "approx");

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
   * Where sentences start: after . ! or ? (and a closing quote or citation) before a capital,
   * except after an abbreviation ("U.N. Security Council", "Gen. Smith"). A citation written just
   * after the full stop ("... peace. [a]") stays with the sentence it follows.
   */
  static List<Integer> sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      int end = m.start();
      if (isAbbreviation(text, end)) {
        continue;
      }
      int next = m.end();
      Matcher cite = LEADING_CITATION.matcher(text).region(next, text.length());
      if (cite.lookingAt()) {
        next = cite.end();
        if (next >= text.length()) {
          break;
        }
      }
      starts.add(next);
    }
    return starts;
  }

  /** Whether the full stop that ends at {@code end} closes an abbreviation, not a sentence. */
  private static boolean isAbbreviation(String text, int end) {
    int stop = end - 1;
    while (stop >= 0 && "\"”’)]".indexOf(text.charAt(stop)) >= 0) {
      stop--;
    }
    if (stop < 0 || text.charAt(stop) != '.') {
      return false;
    }
    int wordStart = stop;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, stop);
    return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word);
  }

  /** Every fact id cited, in order of first citation. */
  public List<String> factIds() {
    return sentences.stream().flatMap(s -> s.factIds().stream()).distinct().toList();
  }

  public String plainText() {
    return String.join(" ", sentences.stream().map(Sentence::text).toList());
  }
}
