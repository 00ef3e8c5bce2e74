package org.steppebrief.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A source text with what is known about it, its passages, and the sentences of its substantive
 * body passages (some skipped with a reason in the catalog).
 *
 * <p>Every detail says whether the text states it, whether it is inferred (and from what), or
 * whether it is unknown, because a briefing must never present a guess as a fact.
 */
public record Source(
    String id,
    String file,
    String originalFile,
    Optional<String> title,
    Optional<String> originalTitle,
    String genre,
    String language,
    Authors authors,
    Detail outlet,
    Detail date,
    Detail licence,
    Detail url,
    List<Region> regions,
    List<Passage> passages,
    List<SourceSentence> sentences) {

  public Source {
    regions = List.copyOf(regions);
    passages = List.copyOf(passages);
    sentences = List.copyOf(sentences);
  }

  /** The title to show: the source's own, or a description when it has none. */
  public String displayTitle() {
    return title.orElse("Untitled " + genre);
  }

  public Optional<Passage> passage(String passageId) {
    return passages.stream().filter(p -> p.id().equals(passageId)).findFirst();
  }

  /** Whether a detail is stated by the text, inferred from it, or not known. */
  public enum Status {
    STATED,
    INFERRED,
    UNKNOWN;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One detail about a source with its standing and the evidence for it. */
  public record Detail(Status status, Optional<String> value, Optional<String> evidence) {
    public static Detail unknown() {
      return new Detail(Status.UNKNOWN, Optional.empty(), Optional.empty());
    }
  }

  /** The authors, as the text names them (or as inferred, or unknown). */
  public record Authors(Status status, Optional<String> evidence, List<Author> names) {
    public Authors {
      names = List.copyOf(names);
    }

    /** "A", "A and B", "A, B and C"; empty when unknown. */
    public String joined() {
      List<String> all = names.stream().map(Author::name).toList();
      if (all.size() <= 1) {
        return String.join("", all);
      }
      return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }
  }

  /** A named author and how the text describes them. */
  public record Author(String name, Optional<String> description) {}
}
