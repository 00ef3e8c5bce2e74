package org.steppebrief.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * An IMS QTI 2.1 content package: a zip holding {@code imsmanifest.xml} ({@link QtiManifest}) and
 * one {@code assessmentItem} per question under {@code items/} ({@link QtiItem}, its type's parts
 * from a {@link QtiInteraction}), each valid against the QTI 2.1 schema.
 *
 * <p>Every type has a QTI form that scores as we do: choice (one or several), true-false as a
 * two-choice choice, order (the share of item pairs in the right relative order), match (share of
 * left sides), text entry and a text with one text entry per blank (share of blanks), each blank
 * judged by a pattern that accepts what our grader accepts ({@link QtiPattern}). SCORE runs from 0
 * to 1.
 */
public final class QtiPackageWriter implements ExportWriter {
  /** Entries carry a fixed time, so the same library gives the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  @Override
  public String format() {
    return "qti";
  }

  @Override
  public String label() {
    return "QTI 2.1 content package";
  }

  @Override
  public String description() {
    return "For Canvas and other systems that import IMS QTI 2.1: a zip with a manifest and one"
        + " item per question, every question type.";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public String mediaType() {
    return "application/zip";
  }

  @Override
  public ExportResult write(ExportSelection selection) {
    Library library = selection.library();
    Map<String, byte[]> items = new LinkedHashMap<>();
    Map<String, Question> byFile = new LinkedHashMap<>();
    for (Question question : selection.questions()) {
      String file = "items/" + QtiItem.identifier(question.id()) + ".xml";
      items.put(file, QtiItem.of(library, question));
      byFile.put(file, question);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "imsmanifest.xml", QtiManifest.of(library, byFile));
      for (Map.Entry<String, byte[]> item : items.entrySet()) {
        put(zip, item.getKey(), item.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportResult(bytes.toByteArray(), items.size(), List.of(), List.of());
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }
}
