package org.steppebrief.worksheet;

import java.util.List;
import java.util.Set;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfCache;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.briefing.Samples;

/** The worksheets the tests read, from the shipped library; the slow one is made once per run. */
final class WorksheetSamples {
  private static PdfRenderer.Pdf worksheetA;

  private WorksheetSamples() {}

  static WorksheetWriter worksheets() {
    return new WorksheetWriter(Samples.templates(), PdfCache.none());
  }

  static WorksheetOptions worksheetOptions(Variant variant, Edition edition) {
    return new WorksheetOptions(
        List.of(), Set.of(), 12, variant, 42L, edition, Paper.A4, Samples.DATE);
  }

  /** Variant A of a twelve-question instructor worksheet from every topic, seed 42. */
  static synchronized PdfRenderer.Pdf worksheetA() {
    if (worksheetA == null) {
      worksheetA =
          worksheets().write(Samples.library(), worksheetOptions(Variant.A, Edition.INSTRUCTOR));
    }
    return worksheetA;
  }
}
