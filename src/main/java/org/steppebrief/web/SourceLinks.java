package org.steppebrief.web;

import org.steppebrief.content.Evidence;

/**
 * Links from a quote to its source page, with the quoted words highlighted and their passage
 * scrolled into view. Every page gets one as {@code sourceLink}, so templates write {@code
 * ${sourceLink.of(e)}} for a piece of {@link Evidence}.
 */
public final class SourceLinks {
  static final SourceLinks INSTANCE = new SourceLinks();

  private SourceLinks() {}

  /** "/sources/mini-paper?hl=10-52&in=p3#p3". */
  public String of(Evidence evidence) {
    return "/sources/"
        + evidence.source().id()
        + "?hl="
        + evidence.fact().citation().start()
        + "-"
        + evidence.fact().citation().end()
        + "&in="
        + evidence.anchor()
        + "#"
        + evidence.anchor();
  }
}
