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
 * Splits a source file into passages, repairing what PDF extraction broke.
 *
 * <p>The rules are general, not tuned to one file:
 *
 * <ul>
 *   <li>A blank line ends a paragraph. A line continues the previous one when the previous ends
 *       with a letter and a hyphen, or when it starts with a lower-case letter: PDF extraction
 *       breaks lines mid-sentence, and a new paragraph does not start in lower case.
 *   <li>A word hyphenated across the break is joined ("mil-" + "itary"); before a capital the
 *       hyphen is kept ("Kazakhstan-" + "NATO").
 *   <li>A footnote line is a line that starts with the next footnote number when that number was
 *       glued to a word in the text before it ("future.1"). It becomes a note passage; its marker
 *       is taken off the text; the paragraph it interrupted goes on after it.
 *   <li>Lines of a region (front matter, table, references, licence) form passages of their own
 *       role; a body paragraph interrupted by a region goes on after it.
 * </ul>
 */
public final class PassageSplitter {
  private static final Pattern NOTE_LINE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern ITEM_START = Pattern.compile("^([■•▪●◦*–—-]|\\(\\d+\\)|\\d+\\.\\s)");
  private static final int HEADING_MAX_CHARS = 100;

  private PassageSplitter() {}

  public static List<Passage> split(String sourceId, String text, List<Region> regions) {
    String[] lines = text.split("\r?\n", -1);
    Role[] roles = roles(lines.length, regions);
    Map<Integer, Integer> noteAt = findNoteLines(lines, roles);

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
      if (role == Role.EXCLUDED) {
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
      Block current = open.get(role);
      if (current != null
          && !broken.contains(role)
          && role != Role.TABLE
          && continues(current.text, line)) {
        current.append(line, i);
      } else {
        Block block = new Block(role, i);
        block.text.append(line);
        blocks.add(block);
        open.put(role, block);
        broken.remove(role);
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

  private static boolean continues(StringBuilder previous, String next) {
    return endsWithBrokenWord(previous) || Character.isLowerCase(next.charAt(0));
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
              note ? Passage.Kind.NOTE : kindOf(text, block.role),
              text,
              block.firstLine + 1,
              block.lastLine + 1,
              block.noteRefs));
    }
    return List.copyOf(passages);
  }

  private static Passage.Kind kindOf(String text, Role role) {
    if (ITEM_START.matcher(text).find()) {
      return Passage.Kind.ITEM;
    }
    boolean short_ = text.length() <= HEADING_MAX_CHARS;
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
    final StringBuilder text = new StringBuilder();
    final List<Integer> noteRefs = new ArrayList<>();

    Block(Role role, int line) {
      this.role = role;
      this.firstLine = line;
      this.lastLine = line;
    }

    void append(String line, int index) {
      if (endsWithBrokenWord(text)) {
        if (Character.isLowerCase(line.charAt(0))) {
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
