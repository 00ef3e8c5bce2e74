package org.steppebrief.classes;

/** How many of the answers touching a fact or passage were not fully right. */
public record Share(int wrong, int answers) {
  public static final Share NONE = new Share(0, 0);

  public double fraction() {
    return answers == 0 ? 0 : (double) wrong / answers;
  }

  public long percent() {
    return Math.round(100 * fraction());
  }

  Share plus(boolean isWrong) {
    return new Share(wrong + (isWrong ? 1 : 0), answers + 1);
  }
}
