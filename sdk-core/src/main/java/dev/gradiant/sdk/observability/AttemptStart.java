package dev.gradiant.sdk.observability;

/**
 * An attempt is about to be sent. An observer may add request headers of its own to it, such as W3C
 * Trace Context's {@code traceparent} and {@code tracestate}.
 */
public interface AttemptStart {

  /** {@return the attempt} */
  AttemptContext attempt();

  /**
   * Sets a header on this attempt's request only (a retry starts again without it), replacing what
   * an earlier observer set under the same name.
   *
   * <p>Refused: {@code Authorization}, {@code Proxy-Authorization}, {@code X-API-Key}, {@code
   * Cookie}, {@code Idempotency-Key}, {@code Host}, {@code Connection}, {@code Transfer-Encoding},
   * {@code Accept}, {@code Accept-Encoding}, {@code User-Agent}, any {@code Content-*} header, and
   * any header the request already carries (set by the SDK, the caller's {@code RequestOptions} or
   * the credentials): the SDK owns those.
   *
   * @param name the header's name, e.g. {@code traceparent}
   * @param value its value: visible ASCII and spaces only
   * @throws IllegalArgumentException if the name is refused, or the name or value cannot be sent in
   *     HTTP; the message names the header, never the value
   * @throws IllegalStateException if called after {@link CallObserver#onAttemptStart} returned
   */
  void setHeader(String name, String value);
}
