package org.steppebrief.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a source file into passages, repairing what PDF extraction or hard wrapping broke.
 *
 * <p>The rules are general, not tuned to one file:
 *
 * <ul>
 *   <li>A blank line ends a paragraph. What a single line break means depends on the source,
 *       decided once per text: a text whose paragraphs are separated by blank lines at least as
 *       often as by a line break after a sentence end (a hard-wrapped .txt, a licence, Markdown)
 *       uses blank-line paragraphing, and there a single line break is a soft wrap, whatever letter
 *       the next line starts with. It still starts a new passage before a list item or numbered
 *       clause ({@code 3.1.}, {@code (a)}, {@code -}) when the previous line stopped short, that is
 *       when the item's first word would have fitted on it within the text's widest line.
 *   <li>Otherwise (PDF extraction: one line per paragraph, or lines broken anywhere) a line
 *       continues the previous one when the previous ends with a letter and a hyphen, or when it
 *       starts with a lower-case letter: a new paragraph does not start in lower case.
 *   <li>A line underlined by a line of {@code =} or {@code -}, or starting with one to six {@code
 *       #} and a space, is a heading of its own; the underline and the {@code #} marks are not
 *       text.
 *   <li>A word hyphenated across the break is joined ("mil-" + "itary"); before a capital the
 *       hyphen is kept ("Franco-" + "German").
 *   <li>A footnote line is a line that starts with the next footnote number when that number was
 *       glued to a word in the text before it ("future.1"). It becomes a note passage; its marker
 *       is taken off the text; the paragraph it interrupted goes on after it.
 *   <li>Lines of a region (front matter, table, references, licence) form passages of their own
 *       role; a body paragraph interrupted by a region goes on after it.
 * </ul>
 */
public final class PassageSplitter {
  private static final Pattern NOTE_LINE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern ITEM_START =
      Pattern.compile("^([■•▪●◦*–—-]|\\(\\d+\\)|\\([a-z]{1,4}\\)\\s|\\d+\\.\\s)");
  private static final int HEADING_MAX_CHARS = 100;
  private static final Pattern UNDERLINE = Pattern.compile("^(={3,}|-{3,})$");
  private static final Pattern RULE = Pattern.compile("^([=\\-*_~+#])\\1{2,}$");
  private static final Pattern FRAMED = Pattern.compile("^\\s*([*|])(?:\\s(.*?))?\\s\\1\\s*$");
  private static final Pattern HASH_HEADING = Pattern.compile("^#{1,6}\\s+(\\S.*?)(\\s+#+)?$");

  /**
   * What starts a list item or clause on a line of its own: a bullet or dash and a space, a
   * bracketed number or letter ({@code (a)}, {@code (iv)}, {@code (2)}), or a clause number ending
   * in a dot ({@code 3.}, {@code 3.1.}) or with inner dots ({@code 3.1}), then a space.
   */
  private static final Pattern CLAUSE_START =
      Pattern.compile(
          "^([■•▪●◦*–—-]\\s|\\([0-9a-zA-Z]{1,4}\\)\\s|\\d+(\\.\\d+)*\\.\\s|\\d+(\\.\\d+)+\\s)");

  private PassageSplitter() {}

  public static List<Passage> split(String sourceId, String text, List<Region> regions) {
    String[] lines = unframe(text.split("\r?\n", -1));
    Role[] roles = roles(lines.length, regions);
    Map<Integer, Integer> noteAt = findNoteLines(lines, roles);
    Wrapping wrapping = Wrapping.of(lines, roles);

    List<Block> blocks = new ArrayList<>();
    Map<Role, Block> open = new EnumMap<>(Role.class);
    Set<Role> broken = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Role role = roles[i];
      if (line.isEmpty()) {
        broken.addAll(open.keySet());
        continue;
      }
      if (role == Role.EXCLUDED || RULE.matcher(line).matches()) {
        // A rule or underline has no words; an underline marks the line above as a heading.
        continue;
      }
      if (noteAt.containsKey(i)) {
        Matcher m = NOTE_LINE.matcher(line);
        m.matches();
        Block note = new Block(Role.NOTE, i);
        note.text.append(m.group(2));
        note.noteNumber = noteAt.get(i);
        blocks.add(note);
        continue;
      }
      Matcher hashHeading = HASH_HEADING.matcher(line);
      boolean heading = hashHeading.matches() || underlined(lines, roles, i);
      Block current = open.get(role);
      if (current != null
          && !broken.contains(role)
          && role != Role.TABLE
          && !heading
          && wrapping.continues(current.text, lines[current.lastLine], line)) {
        current.append(line, i, wrapping.blankLineParagraphs());
      } else {
        Block block = new Block(role, i);
        block.text.append(hashHeading.matches() ? hashHeading.group(1) : line);
        block.heading = heading;
        blocks.add(block);
        open.put(role, block);
        broken.remove(role);
      }
      if (heading) {
        broken.add(role);
      }
    }
    blocks.sort(Comparator.comparingInt(b -> b.firstLine));
    stripNoteMarkers(blocks);
    return toPassages(sourceId, blocks);
  }

  private static Role[] roles(int count, List<Region> regions) {
    Role[] roles = new Role[count];
    java.util.Arrays.fill(roles, Role.BODY);
    // Later regions win, so a garbled stretch can be excluded from inside a table.
    for (Region region : regions) {
      for (int line = region.firstLine(); line <= region.lastLine() && line <= count; line++) {
        roles[line - 1] = region.role();
      }
    }
    return roles;
  }

  /** Footnote lines by index, each mapped to its number; numbers must run 1, 2, 3, ... */
  private static Map<Integer, Integer> findNoteLines(String[] lines, Role[] roles) {
    Map<Integer, Integer> notes = new java.util.HashMap<>();
    int expected = 1;
    StringBuilder since = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (roles[i] != Role.BODY) {
        continue;
      }
      String line = lines[i].strip();
      Matcher m = NOTE_LINE.matcher(line);
      if (m.matches()
          && Integer.parseInt(m.group(1)) == expected
          && findMarker(since, expected) >= 0) {
        // Markers of several notes can come before the first of their lines, so the text
        // searched is everything before, not only what follows the previous note.
        notes.put(i, expected);
        expected++;
      } else {
        since.append(line).append('\n');
      }
    }
    return notes;
  }

  /** Where footnote {@code number}'s glued marker is in {@code text}, or -1. */
  private static int findMarker(CharSequence text, int number) {
    String digits = Integer.toString(number);
    for (int i = 0; i < text.length(); i++) {
      int end = TextFolding.gluedNoteMarkerEnd(text, i);
      if (end > 0
          && end - i == digits.length()
          && text.subSequence(i, end).toString().equals(digits)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Takes a box's frame off its lines: a line between a pair of the same frame character ({@code *
   * text *}, {@code | text |}) is read as the text inside. The box's top and bottom are rules.
   */
  private static String[] unframe(String[] lines) {
    String[] inner = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FRAMED.matcher(lines[i]);
      inner[i] = m.matches() ? (m.group(2) == null ? "" : m.group(2)) : lines[i];
    }
    return inner;
  }

  /** Whether line {@code i} has an underline of its own region right below it. */
  private static boolean underlined(String[] lines, Role[] roles, int i) {
    return i + 1 < lines.length
        && roles[i + 1] == roles[i]
        && UNDERLINE.matcher(lines[i + 1].strip()).matches();
  }

  /**
   * How a source's single line breaks are to be read, decided once for the whole text.
   *
   * @param blankLineParagraphs whether blank lines separate the paragraphs, so a single line break
   *     is a soft wrap
   * @param width the widest body line, the column the text was wrapped at
   */
  private record Wrapping(boolean blankLineParagraphs, int width) {
    static Wrapping of(String[] lines, Role[] roles) {
      int gaps = 0;
      int breaksAfterSentenceEnd = 0;
      int width = 0;
      String previous = null;
      boolean blankSince = false;
      for (int i = 0; i < lines.length; i++) {
        if (roles[i] == Role.EXCLUDED) {
          continue;
        }
        String line = lines[i].stripTrailing();
        if (line.isBlank()) {
          blankSince = true;
          continue;
        }
        width = Math.max(width, line.length());
        if (previous != null) {
          if (blankSince) {
            gaps++;
          } else if (".!?:;\"”)".indexOf(previous.charAt(previous.length() - 1)) >= 0) {
            breaksAfterSentenceEnd++;
          }
        }
        previous = line;
        blankSince = false;
      }
      return new Wrapping(gaps > 0 && gaps >= breaksAfterSentenceEnd, width);
    }

    /** Whether {@code next} goes on the paragraph {@code text} whose last line is {@code above}. */
    boolean continues(CharSequence text, String above, String next) {
      if (!blankLineParagraphs) {
        return endsWithBrokenWord(text) || Character.isLowerCase(next.charAt(0));
      }
      if (!CLAUSE_START.matcher(next).find()) {
        return true;
      }
      // A clause number can also be a wrapped "2006. The"; the break was deliberate only if
      // the first word would have fitted on the line above.
      String firstWord = next.split("\\s", 2)[0];
      return above.stripTrailing().length() + 1 + firstWord.length() > width;
    }
  }

  private static boolean endsWithBrokenWord(CharSequence text) {
    int n = text.length();
    return n >= 2
        && TextFolding.isHyphen(text.charAt(n - 1))
        && Character.isLetter(text.charAt(n - 2));
  }

  /** Takes each note's glued marker off the nearest passage before the note that has it. */
  private static void stripNoteMarkers(List<Block> blocks) {
    for (int n = 0; n < blocks.size(); n++) {
      Block note = blocks.get(n);
      if (note.role != Role.NOTE) {
        continue;
      }
      String digits = Integer.toString(note.noteNumber);
      for (int k = n - 1; k >= 0; k--) {
        Block candidate = blocks.get(k);
        if (candidate.role == Role.NOTE) {
          continue;
        }
        int at = findMarker(candidate.text, note.noteNumber);
        if (at >= 0) {
          candidate.text.delete(at, at + digits.length());
          candidate.noteRefs.add(note.noteNumber);
          break;
        }
      }
    }
  }

  private static List<Passage> toPassages(String sourceId, List<Block> blocks) {
    List<Passage> passages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (Block block : blocks) {
      String text = block.text.toString().strip();
      boolean note = block.role == Role.NOTE;
      int passageNumber = note ? block.noteNumber : ++number;
      String id = sourceId + ":" + shortHash(text);
      for (int k = 2; !ids.add(id); k++) {
        id = sourceId + ":" + shortHash(text) + "-" + k;
      }
      passages.add(
          new Passage(
              id,
              sourceId,
              passageNumber,
              block.role,
              note
                  ? Passage.Kind.NOTE
                  : block.heading
                      ? Passage.Kind.HEADING
                      : kindOf(text, block.role, block.firstLine == block.lastLine),
              text,
              block.firstLine + 1,
              block.lastLine + 1,
              block.noteRefs));
    }
    return List.copyOf(passages);
  }

  private static Passage.Kind kindOf(String text, Role role, boolean oneLine) {
    if (ITEM_START.matcher(text).find()) {
      return Passage.Kind.ITEM;
    }
    boolean short_ = text.length() <= HEADING_MAX_CHARS && oneLine;
    char last = text.charAt(text.length() - 1);
    boolean sentenceEnd = ".!?;,…\"”’)".indexOf(last) >= 0;
    if (short_ && !sentenceEnd && (role == Role.BODY || role == Role.FRONT_MATTER)) {
      return Passage.Kind.HEADING;
    }
    return Passage.Kind.PARAGRAPH;
  }

  /**
   * Six hex digits of the SHA-1 of the passage's first eight folded words: stable when other
   * passages change, and when this one changes after its opening words.
   */
  static String shortHash(String text) {
    String[] words = TextFolding.fold(text).text().split(" ");
    String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(head.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }

  private static final class Block {
    final Role role;
    final int firstLine;
    int lastLine;
    int noteNumber;
    boolean heading;
    final StringBuilder text = new StringBuilder();
    final List<Integer> noteRefs = new ArrayList<>();

    Block(Role role, int line) {
      this.role = role;
      this.firstLine = line;
      this.lastLine = line;
    }

    /**
     * Adds a line. A hyphen at the end of the line above joins without a space; it is dropped
     * before a lower-case letter (a word PDF extraction hyphenated) unless the text is hard-wrapped
     * plain text, whose wrapping never splits a word, so a hyphen there is the word's own.
     */
    void append(String line, int index, boolean hardWrapped) {
      if (endsWithBrokenWord(text)) {
        if (!hardWrapped && Character.isLowerCase(line.charAt(0))) {
          text.setLength(text.length() - 1);
        }
      } else {
        text.append(' ');
      }
      text.append(line);
      lastLine = index;
    }
  }
}
