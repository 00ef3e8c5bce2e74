package org.steppebrief.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steppebrief.briefing.BriefingView.DetailRow;
import org.steppebrief.briefing.BriefingView.SourceEntry;
import org.steppebrief.corpus.Source;

/**
 * The sources: every source of the library, numbered as citations number them, each with its
 * authors, outlet, date, licence and address, "not known" where the source does not say, and the
 * evidence for any detail that is not stated.
 */
final class SourceList {
  private final BriefingFacts facts;

  SourceList(BriefingFacts facts) {
    this.facts = facts;
  }

  List<SourceEntry> of() {
    List<SourceEntry> out = new ArrayList<>();
    for (Source source : facts.library.sources()) {
      List<DetailRow> details = new ArrayList<>();
      Source.Authors authors = source.authors();
      String names =
          authors.names().isEmpty()
              ? ""
              : String.join(
                  "; ",
                  authors.names().stream()
                      .map(a -> a.name() + a.description().map(d -> " (" + d + ")").orElse(""))
                      .toList());
      details.add(row("Authors", names, authors.status(), authors.evidence()));
      details.add(detail("Outlet", source.outlet()));
      details.add(detail("Date", source.date()));
      details.add(detail("Licence", source.licence()));
      details.add(detail("Address", source.url()));
      out.add(
          new SourceEntry(
              facts.citations.number(source.id()),
              Citations.label(source),
              Citations.byAuthors(source),
              source.displayTitle(),
              source.originalTitle().orElse(""),
              source.genre(),
              source.language(),
              details));
    }
    return out;
  }

  private static DetailRow detail(String name, Source.Detail detail) {
    return row(name, detail.value().orElse(""), detail.status(), detail.evidence());
  }

  private static DetailRow row(
      String name, String value, Source.Status status, Optional<String> evidence) {
    return new DetailRow(
        name,
        value.isEmpty() ? "not known" : value,
        status.key(),
        status == Source.Status.STATED ? "" : evidence.orElse(""));
  }
}
