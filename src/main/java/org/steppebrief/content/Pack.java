package org.steppebrief.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.corpus.Source;

/**
 * What a content folder calls itself ({@code pack.yaml} at its root): the name pages, briefings and
 * exports show, so the program itself never names a subject.
 *
 * @param title the pack's name: the home page heading, the end of every page title, a briefing's
 *     title when it covers more than one topic, the category exports file questions under
 * @param subtitle a line under the title, when there is one
 * @param language the content's language as a BCP 47 tag ({@code en}, {@code kk}, {@code pt-BR})
 * @param licence the licence of the content (facts, questions, summaries), when stated
 * @param declared whether the title came from a pack file rather than from the defaults
 */
public record Pack(
    String title,
    Optional<String> subtitle,
    String language,
    Optional<String> licence,
    boolean declared) {

  public static final String FILE = "pack.yaml";

  /**
   * Neutral defaults for a folder without a pack file, taken from its content: a single topic's
   * title; else the two actors its facts name most often ("A and B"); else a single source's title;
   * else "Study pack". The language is the one every source is in, else {@code en}.
   */
  public static Pack defaults(List<Source> sources, List<Topic> topics) {
    String title;
    List<String> actors = topActors(topics, 2);
    if (topics.size() == 1) {
      title = topics.get(0).title();
    } else if (actors.size() == 2) {
      title = actors.get(0) + " and " + actors.get(1);
    } else if (sources.size() == 1) {
      title = sources.get(0).displayTitle();
    } else {
      title = "Study pack";
    }
    List<String> languages = sources.stream().map(Source::language).distinct().toList();
    String language = languages.size() == 1 ? languages.get(0) : "en";
    return new Pack(title, Optional.empty(), language, Optional.empty(), false);
  }

  /** The {@code limit} actors the topics' facts name most often, most first. */
  static List<String> topActors(List<Topic> topics, int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Topic topic : topics) {
      for (Fact fact : topic.facts()) {
        fact.actors().forEach(a -> counts.merge(a, 1, Integer::sum));
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
