package dev.gradiant.sdk.micrometer.internal;

import dev.gradiant.sdk.observability.CallEnd;

/** The {@code outcome} tag: how the call ended, as the caller saw it. */
enum Outcome {
  SUCCESS,
  REDIRECTION,
  CLIENT_ERROR,
  SERVER_ERROR,
  CANCELLED,
  UNKNOWN;

  static Outcome of(CallEnd end) {
    if (end.succeeded()) {
      return SUCCESS;
    }
    if (end.cancelled()) {
      return CANCELLED;
    }
    int status = end.statusCode().orElse(0);
    if (status >= 300 && status < 400) {
      return REDIRECTION;
    }
    if (status >= 400 && status < 500) {
      return CLIENT_ERROR;
    }
    if (status >= 500 && status < 600) {
      return SERVER_ERROR;
    }
    return UNKNOWN;
  }

  /**
   * {@return the {@code status} tag: {@code 2xx} for 200 to 299, ..., {@code NONE} without an
   * answer}
   */
  static String statusClass(CallEnd end) {
    return end.statusCode()
        .filter(status -> status >= 100 && status < 1000)
        .map(status -> (status / 100) + "xx")
        .orElse("NONE");
  }
}
