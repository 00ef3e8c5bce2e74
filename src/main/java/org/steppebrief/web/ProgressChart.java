package org.steppebrief.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart laid out for the progress page's server-side SVG: every coordinate is worked out
 * here, in viewBox units, so the template only loops and prints. The viewBox is small (340 wide),
 * so the chart reads at 375 px and scales up on wider screens.
 *
 * @param title the SVG's {@code <title>}, its accessible name
 * @param description the SVG's {@code <desc>}: what the bars say, in words
 * @param column what the bars count, as the heading of the chart's table
 */
public record ProgressChart(
    String id,
    String title,
    String description,
    String column,
    int width,
    int height,
    List<Bar> bars,
    List<Grid> grid,
    String baseline) {

  static final int WIDTH = 340;
  static final int HEIGHT = 170;
  private static final int LEFT = 28;
  private static final int RIGHT = 14;
  private static final int TOP = 18;
  private static final int BOTTOM = 24;

  public ProgressChart {
    bars = List.copyOf(bars);
    grid = List.copyOf(grid);
  }

  /** One bar with its value written above it (when {@code valueShown}) and its label below. */
  public record Bar(
      String x,
      String y,
      String width,
      String height,
      String centre,
      String valueY,
      int value,
      boolean valueShown,
      String label,
      boolean labelShown,
      String fullLabel) {}

  /** A horizontal grid line with its value at the left. */
  public record Grid(String y, int value) {}

  /** One value per bar, labelled below the bar where {@code labelled} says so. */
  record Point(String label, String fullLabel, int value, boolean labelled) {}

  static ProgressChart of(
      String id,
      String title,
      String description,
      String column,
      List<Point> points,
      boolean valuesShown) {
    int max = 0;
    for (Point p : points) {
      max = Math.max(max, p.value());
    }
    int top = niceMax(max);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = plotWidth / Math.max(1, points.size());
    double gap = Math.max(1.5, slot * 0.22);
    double base = TOP + plotHeight;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double h = top == 0 ? 0 : plotHeight * p.value() / top;
      double x = LEFT + i * slot + gap / 2;
      bars.add(
          new Bar(
              n(x),
              n(base - h),
              n(slot - gap),
              n(h),
              n(x + (slot - gap) / 2),
              n(base - h - 4),
              p.value(),
              valuesShown,
              p.label(),
              p.labelled(),
              p.fullLabel()));
    }
    List<Grid> grid = new ArrayList<>();
    for (int v : List.of(0, top / 2, top)) {
      if (grid.isEmpty() || grid.get(grid.size() - 1).value() != v) {
        grid.add(new Grid(n(base - (top == 0 ? 0 : plotHeight * v / top)), v));
      }
    }
    return new ProgressChart(id, title, description, column, WIDTH, HEIGHT, bars, grid, n(base));
  }

  /** A round top for the axis at or above {@code max}, even so that its half is whole. */
  static int niceMax(int max) {
    if (max <= 0) {
      return 0;
    }
    if (max <= 4) {
      return max % 2 == 0 ? max : max + 1;
    }
    int step = 2;
    for (int s : new int[] {2, 4, 10, 20, 50, 100, 200, 500, 1000}) {
      step = s;
      if (max <= s * 5) {
        break;
      }
    }
    return (max + step - 1) / step * step;
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return width - RIGHT;
  }

  /** Where the bar labels stand: below the baseline. */
  public String labelY() {
    return n(HEIGHT - BOTTOM + 15);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
