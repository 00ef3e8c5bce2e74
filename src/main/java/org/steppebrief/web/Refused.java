package org.steppebrief.web;

import io.javalin.http.HttpResponseException;
import java.util.List;

/**
 * A refusal whose message is a message key with arguments ("try again in {0} seconds"): the error
 * page formats them for the reader's language, so a number is never baked into English text.
 */
final class Refused extends HttpResponseException {
  private static final long serialVersionUID = 1L;

  private final transient List<Object> args;

  Refused(int status, String key, Object... args) {
    super(status, key);
    this.args = List.of(args);
  }

  Object[] args() {
    return args.toArray();
  }
}
