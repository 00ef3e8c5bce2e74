package org.steppebrief.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Source;

/**
 * How much of each source's substantive body text at least one fact cites. Front matter, tables,
 * notes, reference lists, licences and headings do not count.
 */
public record Coverage(List<PerSource> sources, int cited, int total) {
  public Coverage {
    sources = List.copyOf(sources);
  }

  /** One source's figures, with the body passages no fact cites yet. */
  public record PerSource(String sourceId, int cited, int total, List<Passage> uncited) {
    public PerSource {
      uncited = List.copyOf(uncited);
    }

    public double share() {
      return total == 0 ? 1.0 : (double) cited / total;
    }
  }

  public double share() {
    return total == 0 ? 1.0 : (double) cited / total;
  }

  public static Coverage of(Library library) {
    Set<String> citedPassages = new HashSet<>();
    for (Fact fact : library.facts()) {
      citedPassages.add(fact.citation().passageId());
    }
    int cited = 0;
    int total = 0;
    List<PerSource> per = new java.util.ArrayList<>();
    for (Source source : library.sources()) {
      List<Passage> body = source.passages().stream().filter(Passage::isSubstantiveBody).toList();
      List<Passage> uncited = body.stream().filter(p -> !citedPassages.contains(p.id())).toList();
      per.add(new PerSource(source.id(), body.size() - uncited.size(), body.size(), uncited));
      cited += body.size() - uncited.size();
      total += body.size();
    }
    return new Coverage(per, cited, total);
  }
}
