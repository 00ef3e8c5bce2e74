package org.steppebrief.content;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * Everything validated content says, immutable; every output reads this and nothing else.
 *
 * <p>Sources, topics, facts and passages are indexed by id once, and every fact's {@link Evidence}
 * is worked out once, when the library is made. What outputs derive from a library (the question
 * bank, the study deck, the export summary) hangs off it through {@link #derived}, so it lives and
 * dies with the library it was made from instead of in caches keyed on its version.
 */
public final class Library {
  private final List<Source> sources;
  private final List<Topic> topics;
  private final List<Term> glossary;
  private final String version;
  private final Pack pack;
  private final List<Fact> facts;
  private final List<Question> questions;
  private final Map<String, Source> sourcesById;
  private final Map<String, Topic> topicsById;
  private final Map<String, Fact> factsById;
  private final Map<String, Evidence> evidence;
  private final Map<Class<?>, Memo> derived = new ConcurrentHashMap<>();

  /**
   * @param version a hash of every input file, so outputs can say which content they show
   */
  public Library(List<Source> sources, List<Topic> topics, List<Term> glossary, String version) {
    this(sources, topics, glossary, version, Pack.defaults(sources, topics));
  }

  /**
   * @param version a hash of every input file, so outputs can say which content they show
   * @param pack what the content calls itself ({@code pack.yaml}, or defaults from the content)
   */
  public Library(
      List<Source> sources, List<Topic> topics, List<Term> glossary, String version, Pack pack) {
    this.pack = pack;
    this.sources = List.copyOf(sources);
    this.topics = List.copyOf(topics);
    this.glossary = List.copyOf(glossary);
    this.version = version;
    this.facts = this.topics.stream().flatMap(t -> t.facts().stream()).toList();
    this.questions = this.topics.stream().flatMap(t -> t.questions().stream()).toList();
    this.sourcesById = byId(this.sources, Source::id);
    this.topicsById = byId(this.topics, Topic::id);
    this.factsById = byId(this.facts, Fact::id);
    Map<String, Passage> passages = new HashMap<>();
    this.sources.forEach(s -> s.passages().forEach(p -> passages.putIfAbsent(p.id(), p)));
    Map<String, Evidence> grounds = new HashMap<>();
    for (Fact fact : facts) {
      Source source = sourcesById.get(fact.sourceId());
      Passage passage = passages.get(fact.citation().passageId());
      if (source != null && passage != null && passage.sourceId().equals(source.id())) {
        grounds.putIfAbsent(fact.id(), Evidence.of(fact, source, passage));
      }
    }
    this.evidence = Map.copyOf(grounds);
  }

  /** The first of each id wins, as a list scan found it; in list order. */
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(item -> out.putIfAbsent(id.apply(item), item));
    return Collections.unmodifiableMap(out);
  }

  public List<Source> sources() {
    return sources;
  }

  public List<Topic> topics() {
    return topics;
  }

  public List<Term> glossary() {
    return glossary;
  }

  /** What the content calls itself. */
  public Pack pack() {
    return pack;
  }

  /** A hash of every input file, so outputs can say which content they show. */
  public String version() {
    return version;
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById.get(id));
  }

  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topicsById.get(id));
  }

  /** Every fact, topic by topic. */
  public List<Fact> facts() {
    return facts;
  }

  /** The hand-written questions, topic by topic (generated ones are in the question bank). */
  public List<Question> questions() {
    return questions;
  }

  /** Facts by id, in library order. */
  public Map<String, Fact> factsById() {
    return factsById;
  }

  public Optional<Fact> fact(String id) {
    return Optional.ofNullable(factsById.get(id));
  }

  /** Where a fact's quote stands in its source and how every output cites it. */
  public Evidence evidence(Fact fact) {
    Evidence found = evidence.get(fact.id());
    if (found == null || (found.fact() != fact && !found.fact().equals(fact))) {
      throw new IllegalStateException("validated fact without passage: " + fact.id());
    }
    return found;
  }

  /** The passage a fact quotes. */
  public Passage passageOf(Fact fact) {
    return evidence(fact).passage();
  }

  /**
   * Something derived from this library alone, made on first use (once, even when asked for by
   * several threads at a time) and kept for as long as the library is.
   *
   * @param kind what is derived; one value per kind
   * @param make how to make it from the library; it may ask for other derived values, not its own
   */
  public <T> T derived(Class<T> kind, Function<Library, ? extends T> make) {
    return kind.cast(derived.computeIfAbsent(kind, k -> new Memo()).get(this, make));
  }

  /** One derived value, made under its own lock so that making one never blocks another. */
  private static final class Memo {
    private Object value;

    synchronized Object get(Library library, Function<Library, ?> make) {
      if (value == null) {
        value = make.apply(library);
      }
      return value;
    }
  }

  @Override
  public String toString() {
    return "Library " + version + " (" + topics.size() + " topics, " + facts.size() + " facts)";
  }
}
