package org.steppebrief.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * Everything validated content says, immutable; every output reads this and nothing else.
 *
 * @param version a hash of every input file, so outputs can say which content they show
 * @param pack what the content calls itself ({@code pack.yaml}, or defaults from the content)
 */
public record Library(
    List<Source> sources, List<Topic> topics, List<Term> glossary, String version, Pack pack) {
  public Library {
    sources = List.copyOf(sources);
    topics = List.copyOf(topics);
    glossary = List.copyOf(glossary);
  }

  /** A library whose pack is the defaults its content gives. */
  public Library(List<Source> sources, List<Topic> topics, List<Term> glossary, String version) {
    this(sources, topics, glossary, version, Pack.defaults(sources, topics));
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<Fact> facts() {
    return topics.stream().flatMap(t -> t.facts().stream()).toList();
  }

  public List<Question> questions() {
    return topics.stream().flatMap(t -> t.questions().stream()).toList();
  }

  /** Facts by id, in library order. */
  public Map<String, Fact> factsById() {
    return facts().stream()
        .collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public Optional<Fact> fact(String id) {
    return facts().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The passage a fact quotes. */
  public Passage passageOf(Fact fact) {
    return source(fact.sourceId())
        .flatMap(s -> s.passage(fact.citation().passageId()))
        .orElseThrow(
            () -> new IllegalStateException("validated fact without passage: " + fact.id()));
  }
}
