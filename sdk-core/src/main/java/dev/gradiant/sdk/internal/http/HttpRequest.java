package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.observability.CallObservation;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as it will go on the wire.
 *
 * @param method the HTTP method
 * @param url the full URL, path parameters already validated and percent-encoded
 * @param headers the headers to send, but for the credentials'
 * @param credentialHeaders the credentials' headers, an immutable map put on the wire last, over
 *     any header of the same name; kept apart so that the client's shared default headers are not
 *     copied for every call. Empty as the request is made: the auth layer puts them on the
 *     attempt's own {@link Transmission} ({@link #authenticatedWith}), without a copy of the
 *     request, and the accessor answers those when this component is empty
 * @param body the body, or {@code null} for none
 * @param contentType the body's media type, or {@code null} without a body
 * @param pathTemplate the endpoint as written in the spec ({@code /users/{id}}), for logs and
 *     errors: it never holds ids or query values
 * @param authenticated whether credentials must be attached
 * @param idempotent whether this is a POST whose repetition has no further effect (a GraphQL
 *     query), retried like a GET although it carries no {@code Idempotency-Key}
 * @param options the caller's options for this call (timeout, retries, credentials override)
 * @param attempt which attempt of the logical call this is, and by when the call must end
 * @param cancellation cancels an asynchronous call; {@link Cancellation#none()} for a blocking one
 * @param observation reports the call to the client's observers; {@link CallObservation#NONE}
 *     without any
 * @param multipart a streamed {@code multipart/form-data} body, or {@code null}; with one, {@code
 *     body} is {@code null} and {@code contentType} is the form's, with its boundary
 * @param idempotencyKey the {@code Idempotency-Key} sent after {@code headers}, or {@code null}
 *     when none is sent apart from them: a POST's usual case keeps the client's shared default
 *     headers as they are and its key here, rather than copying both into headers of its own
 */
public record HttpRequest(
    String method,
    HttpUrl url,
    Headers headers,
    Map<String, String> credentialHeaders,
    byte[] body,
    String contentType,
    String pathTemplate,
    boolean authenticated,
    boolean idempotent,
    RequestOptions options,
    Attempt attempt,
    Cancellation cancellation,
    CallObservation observation,
    MultipartForm multipart,
    String idempotencyKey) {

  /** A request whose {@code Idempotency-Key}, if any, is one of its {@code headers}. */
  public HttpRequest(
      String method,
      HttpUrl url,
      Headers headers,
      Map<String, String> credentialHeaders,
      byte[] body,
      String contentType,
      String pathTemplate,
      boolean authenticated,
      boolean idempotent,
      RequestOptions options,
      Attempt attempt,
      Cancellation cancellation,
      CallObservation observation,
      MultipartForm multipart) {
    this(
        method,
        url,
        headers,
        credentialHeaders,
        body,
        contentType,
        pathTemplate,
        authenticated,
        idempotent,
        options,
        attempt,
        cancellation,
        observation,
        multipart,
        null);
  }

  /** A request of a blocking call, which cannot be cancelled, before authentication. */
  public HttpRequest(
      String method,
      HttpUrl url,
      Headers headers,
      byte[] body,
      String contentType,
      String pathTemplate,
      boolean authenticated,
      RequestOptions options,
      Attempt attempt) {
    this(
        method,
        url,
        headers,
        Map.of(),
        body,
        contentType,
        pathTemplate,
        authenticated,
        false,
        options,
        attempt,
        Cancellation.none(),
        CallObservation.NONE,
        null);
  }

  /**
   * {@return the credentials' headers sent with this request: its own (set on a {@linkplain
   * #withCredentialHeaders copy}), else those its attempt carries} Empty before authentication and
   * for an unauthenticated request.
   */
  @Override
  public Map<String, String> credentialHeaders() {
    if (credentialHeaders.isEmpty()) {
      Map<String, String> carried = attempt.transmission().credentialHeaders();
      if (carried != null) {
        return carried;
      }
    }
    return credentialHeaders;
  }

  /**
   * {@return this request with its attempt carrying {@code credentialHeaders}} The attempt's own
   * record takes them, so that authenticating an attempt copies nothing; a request that has
   * credentials' headers of its own, or is on the shared untracked attempt ({@link Attempt#FIRST}),
   * gets a copy carrying them instead.
   *
   * @param credentialHeaders an immutable map, never empty
   */
  public HttpRequest authenticatedWith(Map<String, String> credentialHeaders) {
    return this.credentialHeaders.isEmpty() && attempt.transmission().carry(credentialHeaders)
        ? this
        : withCredentialHeaders(credentialHeaders);
  }

  /** A copy carrying {@code credentialHeaders} (replacing any earlier credentials' headers). */
  public HttpRequest withCredentialHeaders(Map<String, String> credentialHeaders) {
    return new HttpRequest(
        method,
        url,
        headers,
        credentialHeaders,
        body,
        contentType,
        pathTemplate,
        authenticated,
        idempotent,
        options,
        attempt,
        cancellation,
        observation,
        multipart,
        idempotencyKey);
  }

  /**
   * A copy sending {@code headers} instead of this one's (the credentials' and the {@link
   * #idempotencyKey()} are kept apart).
   */
  public HttpRequest withHeaders(Headers headers) {
    return new HttpRequest(
        method,
        url,
        headers,
        credentialHeaders,
        body,
        contentType,
        pathTemplate,
        authenticated,
        idempotent,
        options,
        attempt,
        cancellation,
        observation,
        multipart,
        idempotencyKey);
  }

  /**
   * A copy sending {@code withAdded}: this request's headers followed by headers added after them
   * (an attempt's observers'). A key kept apart ({@link #idempotencyKey()}) joins this request's
   * headers first, so that it goes on the wire where it would as one of them: after the others of
   * the request, before those added.
   *
   * @param withAdded this request's {@link #headers()}, in the same order, then the added ones
   * @return the copy; as {@link #withHeaders} when no key is kept apart
   */
  public HttpRequest withAddedHeaders(Headers withAdded) {
    if (idempotencyKey == null) {
      return withHeaders(withAdded);
    }
    Headers.Builder builder =
        headers.newBuilder().add(RequestExecutor.IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    for (int i = headers.size(), size = withAdded.size(); i < size; i++) {
      builder.add(withAdded.name(i), withAdded.value(i));
    }
    return new HttpRequest(
        method,
        url,
        builder.build(),
        credentialHeaders,
        body,
        contentType,
        pathTemplate,
        authenticated,
        idempotent,
        options,
        attempt,
        cancellation,
        observation,
        multipart,
        null);
  }

  /** A copy sent as {@code attempt}. */
  public HttpRequest withAttempt(Attempt attempt) {
    return new HttpRequest(
        method,
        url,
        headers,
        credentialHeaders,
        body,
        contentType,
        pathTemplate,
        authenticated,
        idempotent,
        options,
        attempt,
        cancellation,
        observation,
        multipart,
        idempotencyKey);
  }

  /**
   * {@return the method, template and attempt only} A record would print every component, and the
   * credentials' headers are secrets (OkHttp's {@code Headers} hides only the names it knows).
   */
  @Override
  public String toString() {
    return "HttpRequest[" + describe() + ", attempt " + attempt.number() + "]";
  }

  /**
   * {@return whether another attempt may send this request's body} False only for a streamed body
   * that cannot be read again (an {@code InputStream}) once it has been read.
   */
  public boolean bodyCanBeSentAgain() {
    return multipart == null || multipart.canSendAgain();
  }

  /** {@return whether this request carries an {@code Idempotency-Key}, apart or in its headers} */
  public boolean hasIdempotencyKey() {
    return idempotencyKey != null || headers.get(RequestExecutor.IDEMPOTENCY_KEY_HEADER) != null;
  }

  /** {@code GET /users/{id}}: method and template, never the concrete URL. */
  public String describe() {
    return method + " " + pathTemplate;
  }
}
