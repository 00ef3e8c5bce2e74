package org.steppebrief.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloze text: {@code fragments} around {@code blanks}, so fragment i comes before blank i and the
 * last fragment ends the text. Written as {@code "signed in {{2006}} the {{FTA|Free Trade
 * Agreement}}"}.
 */
public record ClozeText(List<String> fragments, List<List<String>> blanks) {
  private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");

  public ClozeText {
    fragments = List.copyOf(fragments);
    blanks = blanks.stream().map(List::copyOf).toList();
  }

  public static ClozeText parse(String text) {
    List<String> fragments = new ArrayList<>();
    List<List<String>> blanks = new ArrayList<>();
    Matcher m = BLANK.matcher(text);
    int at = 0;
    while (m.find()) {
      fragments.add(text.substring(at, m.start()));
      blanks.add(
          Arrays.stream(m.group(1).split("\\|"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList());
      at = m.end();
    }
    fragments.add(text.substring(at));
    return new ClozeText(fragments, blanks);
  }

  /** The text with each blank shown as its first accepted answer. */
  public String filled() {
    StringBuilder out = new StringBuilder(fragments.get(0));
    for (int i = 0; i < blanks.size(); i++) {
      out.append(blanks.get(i).isEmpty() ? "" : blanks.get(i).get(0)).append(fragments.get(i + 1));
    }
    return out.toString();
  }
}
