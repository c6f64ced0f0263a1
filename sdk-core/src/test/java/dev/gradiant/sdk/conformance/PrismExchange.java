package dev.gradiant.sdk.conformance;

import java.util.Optional;

/**
 * One request the SDK sent to Prism and what Prism answered, as seen on the wire.
 *
 * @param method e.g. {@code POST}
 * @param target path and query as sent, e.g. {@code /bookings?x=1}
 * @param status the answer's status
 * @param violations the {@code sl-violations} header: what Prism found in the request (or its own
 *     answer) that breaks the spec; {@code null} when absent
 * @param contentType the answer's content type, e.g. {@code application/problem+json}
 * @param body the start of the answer's body, for messages
 */
record PrismExchange(
    String method, String target, int status, String violations, String contentType, String body) {

  /** The header Prism lists its validation findings in. */
  static final String VIOLATIONS_HEADER = "sl-violations";

  /**
   * What is wrong with this exchange for a call that should conform: a {@code sl-violations}
   * header, or an answer that is not a 2xx (Prism's validation errors, its made-up {@code
   * problem+json} errors, a {@code 404} for a path the spec does not have).
   *
   * @return a description of the problem, or empty when Prism accepted the request
   */
  Optional<String> problem() {
    if (violations != null) {
      return Optional.of("Prism found violations of the spec in " + this);
    }
    if (status < 200 || status > 299) {
      return Optional.of("Prism answered " + status + " instead of a 2xx: " + this);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return method
        + " "
        + target
        + " -> "
        + status
        + (violations == null ? "" : " sl-violations: " + violations)
        + (contentType == null ? "" : " " + contentType)
        + (body == null || body.isEmpty() ? "" : " " + body);
  }
}
