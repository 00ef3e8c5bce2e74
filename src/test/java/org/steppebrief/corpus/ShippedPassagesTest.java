package org.steppebrief.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steppebrief.diagnostic.Diagnostics;

/**
 * Pins every passage of the shipped seeds: id, number, role, kind, lines and a hash of the text.
 * Facts cite passages by id and readers link to them by number, so a change to the splitter's rules
 * must leave the shipped sources split exactly as they were. The pinned list was written by the
 * splitter before it learnt plain-text paragraphing; regenerate it only for a deliberate change.
 */
class ShippedPassagesTest {
  private static final Path PINNED = Path.of("src/test/resources/fixtures/pinned/passages.tsv");

  static List<String> describe(List<Source> sources) {
    return sources.stream()
        .flatMap(s -> s.passages().stream())
        .map(
            p ->
                String.join(
                    "\t",
                    p.id(),
                    Integer.toString(p.number()),
                    p.role().name(),
                    p.kind().name(),
                    p.firstLine() + "-" + p.lastLine(),
                    p.noteRefs().toString(),
                    sha256(p.text())))
        .toList();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void splitsEveryShippedSourceIntoTheSamePassagesAsBefore() throws IOException {
    Diagnostics problems = new Diagnostics();
    List<Source> sources = SourceCatalog.read(Path.of("seeds"), "seeds", problems);
    List<String> now = describe(sources);
    if (Boolean.getBoolean("pin.passages")) {
      Files.write(PINNED, now);
    }
    assertThat(now).hasSizeGreaterThan(100).containsExactlyElementsOf(Files.readAllLines(PINNED));
  }
}
