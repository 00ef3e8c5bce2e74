package org.steppebrief.briefing;

/** The {@code @page} rule that depends on the printout: the paper size. */
final class PageCss {
  private PageCss() {}

  static String of(Paper paper) {
    return "@page { size: " + paper.cssSize() + "; }";
  }
}
