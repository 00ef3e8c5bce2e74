package org.steppebrief.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.steppebrief.content.CitedText;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.LibraryLoader;
import org.steppebrief.content.Question;
import org.steppebrief.content.Topic;
import org.steppebrief.corpus.Passage;
import org.steppebrief.diagnostic.Diagnostic;

/**
 * The topic preview for authors: a topic as learners and readers meet it, with every diagnostic of
 * its file at its line. It reads the content folder as it is now, not the library in service: that
 * one refuses content with errors, and an author previewing a draft needs to see exactly those.
 */
final class PreviewHandlers {
  private final Path content;
  private final Views views;
  private Draft draft;

  PreviewHandlers(Path content, Views views) {
    this.content = content;
    this.views = views;
  }

  /** The content as loaded, and the sizes and times of the files it was loaded from. */
  private record Draft(String stamp, LibraryLoader.Result result) {}

  /**
   * The content folder as it is now: loaded again only when a file in it has changed, so a warm
   * preview costs one listing of the folder, and an edit shows on the next request.
   */
  private synchronized LibraryLoader.Result draft() {
    String stamp = stamp();
    if (draft == null || !draft.stamp().equals(stamp)) {
      draft = new Draft(stamp, LibraryLoader.load(content));
    }
    return draft.result();
  }

  private String stamp() {
    StringBuilder out = new StringBuilder();
    for (String folder : List.of("seeds", "questions")) {
      Path dir = content.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          out.append(f.getFileName())
              .append(' ')
              .append(Files.size(f))
              .append(' ')
              .append(Files.getLastModifiedTime(f).toMillis())
              .append('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString();
  }

  /** A topic file in the list: its id and how many problems it has. */
  public record FileView(String id, String title, long errors, long warnings) {}

  void index(Context ctx) {
    LibraryLoader.Result result = draft();
    List<FileView> files = new ArrayList<>();
    for (Path file : topicFiles()) {
      String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      String display = "questions/" + file.getFileName();
      List<Diagnostic> of = diagnosticsOf(result, display);
      String title = result.library().topic(id).map(Topic::title).orElse(id);
      long errors = of.stream().filter(Diagnostic::isError).count();
      files.add(new FileView(id, title, errors, of.size() - errors));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("files", files);
    views.render(ctx, "instructor/preview-index", model);
  }

  private List<Path> topicFiles() {
    Path dir = content.resolve("questions");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("[a-z0-9][a-z0-9-]*\\.ya?ml"))
          .filter(p -> !p.getFileName().toString().equals("glossary.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of the file with the diagnostics reported at it. */
  public record Line(int number, String text, List<Diagnostic> diagnostics) {}

  /** A fact with its passage split around the quoted words. */
  public record FactView(
      Fact fact,
      String source,
      String where,
      String href,
      String before,
      String marked,
      String after) {}

  /** A summary sentence with the facts it cites, numbered as on the page. */
  public record SentenceView(String text, List<Cite> cites) {}

  /** A citation resolved: the fact it names (absent when it names none) and its quote. */
  public record Cite(String factId, Optional<Fact> fact) {}

  /** A question with its key and its distractors, in the words an author wrote. */
  public record QuestionView(
      Question question, List<String> key, boolean ordered, List<String> distractors) {}

  void topic(Context ctx) {
    String id = ctx.pathParam("topic");
    Path file =
        topicFiles().stream()
            .filter(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", "").equals(id))
            .findFirst()
            .orElseThrow(() -> new Refused(404, "error.no-topic-file", id));
    String display = "questions/" + file.getFileName();
    LibraryLoader.Result result = draft();
    List<Diagnostic> diagnostics = diagnosticsOf(result, display);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("file", display);
    model.put("diagnostics", diagnostics);
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    model.put("errors", errors);
    model.put("warnings", diagnostics.size() - errors);
    model.put("lines", lines(file, diagnostics));
    model.put("fileWide", diagnostics.stream().filter(d -> d.line() == 0).toList());
    Library library = result.library();
    Optional<Topic> topic = library.topic(id);
    model.put("topic", topic.orElse(null));
    topic.ifPresent(t -> fill(model, library, t));
    views.render(ctx, "instructor/preview", model);
  }

  private static void fill(Map<String, Object> model, Library library, Topic topic) {
    Map<String, Fact> facts = library.factsById();
    List<SentenceView> summary = new ArrayList<>();
    for (CitedText.Sentence s : topic.summary().sentences()) {
      summary.add(
          new SentenceView(
              s.text(),
              s.factIds().stream()
                  .map(f -> new Cite(f, Optional.ofNullable(facts.get(f))))
                  .toList()));
    }
    model.put("summary", summary);
    List<FactView> factViews = new ArrayList<>();
    for (Fact f : topic.facts()) {
      Passage p = library.passageOf(f);
      String text = p.text();
      factViews.add(
          new FactView(
              f,
              library.source(f.sourceId()).map(s -> s.displayTitle()).orElse(f.sourceId()),
              (p.role().key().equals("note") ? "note " : "¶") + p.number(),
              "/sources/"
                  + f.sourceId()
                  + "?in="
                  + p.anchor()
                  + "&hl="
                  + f.citation().start()
                  + "-"
                  + f.citation().end()
                  + "#"
                  + p.anchor(),
              text.substring(0, f.citation().start()),
              text.substring(f.citation().start(), f.citation().end()),
              text.substring(f.citation().end())));
    }
    model.put("facts", factViews);
    model.put("questions", topic.questions().stream().map(PreviewHandlers::view).toList());
    model.put("factsById", facts);
  }

  static QuestionView view(Question q) {
    if (q instanceof Question.SingleChoice c) {
      return new QuestionView(
          q,
          List.of(c.answer()),
          false,
          c.choices().stream().filter(x -> !x.equals(c.answer())).toList());
    }
    if (q instanceof Question.MultiChoice c) {
      return new QuestionView(
          q,
          c.answers(),
          false,
          c.choices().stream().filter(x -> !c.answers().contains(x)).toList());
    }
    if (q instanceof Question.TrueFalse t) {
      return new QuestionView(q, List.of(t.answer() ? "True" : "False"), false, List.of());
    }
    if (q instanceof Question.Ordering o) {
      return new QuestionView(q, o.items(), true, List.of());
    }
    if (q instanceof Question.Matching m) {
      return new QuestionView(
          q, m.pairs().stream().map(p -> p.left() + " → " + p.right()).toList(), false, List.of());
    }
    if (q instanceof Question.ShortAnswer s) {
      return new QuestionView(q, s.accept(), false, List.of());
    }
    Question.Cloze c = (Question.Cloze) q;
    List<String> key = new ArrayList<>();
    key.add(c.text().filled());
    for (int i = 0; i < c.text().blanks().size(); i++) {
      key.add("blank " + (i + 1) + ": " + String.join(" | ", c.text().blanks().get(i)));
    }
    return new QuestionView(q, key, false, List.of());
  }

  private static List<Diagnostic> diagnosticsOf(LibraryLoader.Result result, String display) {
    return result.diagnostics().stream().filter(d -> d.file().equals(display)).toList();
  }

  private static List<Line> lines(Path file, List<Diagnostic> diagnostics) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      text = List.of("(the file cannot be read as UTF-8 text: " + e.getMessage() + ")");
    }
    List<Line> out = new ArrayList<>();
    for (int n = 1; n <= text.size(); n++) {
      int line = n;
      out.add(
          new Line(
              n, text.get(n - 1), diagnostics.stream().filter(d -> d.line() == line).toList()));
    }
    // A diagnostic past the last line (an unclosed quote, say) shows at the end.
    int last = text.size();
    List<Diagnostic> after = diagnostics.stream().filter(d -> d.line() > last).toList();
    if (!after.isEmpty()) {
      out.add(new Line(last + 1, "", after));
    }
    return out;
  }
}
