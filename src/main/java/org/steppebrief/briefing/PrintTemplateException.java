package org.steppebrief.briefing;

/** A print template that cannot be rendered as it is, with a message that says why. */
public final class PrintTemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PrintTemplateException(String message) {
    super(message);
  }
}
