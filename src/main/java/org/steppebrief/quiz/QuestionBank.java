package org.steppebrief.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;

/**
 * Every question of a library: the hand-written ones and those {@link QuestionGenerator} makes,
 * generated once per library and shared by the web, the exports, the worksheets and study.
 */
public final class QuestionBank {
  private final List<Question> all;
  private final List<Question> generated;
  private final Map<String, Question> byId;

  private QuestionBank(List<Question> handWritten, List<Question> generated) {
    List<Question> both = new ArrayList<>(handWritten);
    both.addAll(generated);
    this.all = List.copyOf(both);
    this.generated = List.copyOf(generated);
    Map<String, Question> ids = new LinkedHashMap<>();
    all.forEach(q -> ids.putIfAbsent(q.id(), q));
    this.byId = Map.copyOf(ids);
  }

  /** The library's bank, made on first use and kept with the library. */
  public static QuestionBank of(Library library) {
    return library.derived(
        QuestionBank.class,
        lib -> new QuestionBank(lib.questions(), QuestionGenerator.generate(lib)));
  }

  /** Hand-written questions topic by topic, then the generated ones. */
  public List<Question> all() {
    return all;
  }

  /** The generated questions, in {@link QuestionGenerator#generate} order. */
  public List<Question> generated() {
    return generated;
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
