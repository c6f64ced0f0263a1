package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.observability.CallObservation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * Turns an {@link ApiRequest} into the {@link HttpRequest} that goes on the wire: the URL (template
 * segments and percent-encoded ids under the base URL, the operation's query, then the caller's
 * extra query parameters), the default and caller headers, the {@code Idempotency-Key} of a POST,
 * and the JSON or form body. Immutable, but for the one-call state of a caller's idempotency key,
 * which it shares with every factory derived from it.
 */
final class HttpRequestFactory {
  private static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";
  private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

  private final PathTemplates paths;
  private final Headers defaultHeaders;
  private final RequestOptions options;
  private final OneCallIdempotencyKey callersKey;
  private final CallDeadlines deadlines;

  HttpRequestFactory(
      HttpUrl baseUrl, Headers defaultHeaders, RequestOptions options, CallDeadlines deadlines) {
    this(
        new PathTemplates(baseUrl),
        defaultHeaders,
        options,
        options.idempotencyKey().map(OneCallIdempotencyKey::new).orElse(null),
        deadlines);
  }

  private HttpRequestFactory(
      PathTemplates paths,
      Headers defaultHeaders,
      RequestOptions options,
      OneCallIdempotencyKey callersKey,
      CallDeadlines deadlines) {
    this.paths = paths;
    this.defaultHeaders = defaultHeaders;
    this.options = options;
    this.callersKey = callersKey;
    this.deadlines = deadlines;
  }

  HttpUrl baseUrl() {
    return paths.baseUrl();
  }

  /**
   * Spends the caller's one-call idempotency key, if one was given, for a logical call that sends
   * several POSTs and derives their keys from it.
   *
   * @param operation the call, for the error message
   * @return the key, or null when the caller gave none
   * @throws IllegalStateException if an earlier call already spent it
   */
  String spendCallersKey(String operation) {
    return callersKey == null ? null : callersKey.spend(operation);
  }

  /** A factory like this one that builds URLs under {@code baseUrl} instead. */
  HttpRequestFactory withBaseUrl(HttpUrl baseUrl) {
    return new HttpRequestFactory(
        new PathTemplates(baseUrl), defaultHeaders, options, callersKey, deadlines);
  }

  /**
   * A factory that applies {@code overrides} on top of this one's options. An idempotency key in
   * {@code overrides} starts a new one-call key; without one, the new factory shares this one's, so
   * that a derived view cannot send a spent key again.
   */
  HttpRequestFactory withOptions(RequestOptions overrides) {
    OneCallIdempotencyKey key =
        overrides.idempotencyKey().map(OneCallIdempotencyKey::new).orElse(callersKey);
    return new HttpRequestFactory(paths, defaultHeaders, options.merge(overrides), key, deadlines);
  }

  /**
   * @param request the call
   * @param cancellation how the caller cancels it ({@link Cancellation#none()} for blocking calls)
   * @return the request as it goes on the wire, before authentication, its call's deadline fixed
   *     from now
   * @throws IllegalArgumentException if a caller's query parameter takes the name of one the
   *     operation has, or the body cannot be written
   * @throws IllegalStateException if this is a POST and the caller's idempotency key was spent by
   *     an earlier call
   */
  HttpRequest create(ApiRequest request, Cancellation cancellation) {
    return create(request, cancellation, CallObservation.NONE);
  }

  /** As {@link #create(ApiRequest, Cancellation)}, reported to the client's observers. */
  HttpRequest create(ApiRequest request, Cancellation cancellation, CallObservation observation) {
    HttpUrl.Builder url =
        paths.url(request.pathTemplate(), request.onlyPathParam(), request.pathParams());
    if (!request.query().isEmpty()) {
      for (Map.Entry<String, String> entry : request.query().entrySet()) {
        url.addQueryParameter(entry.getKey(), entry.getValue());
      }
    }
    if (!options.queryParams().isEmpty()) {
      for (Map.Entry<String, String> entry : options.queryParams().entrySet()) {
        requireNotTheOperations(entry.getKey(), request);
        url.addQueryParameter(entry.getKey(), entry.getValue());
      }
    }
    byte[] body;
    String contentType;
    if (request.multipart() != null) {
      body = null;
      contentType = request.multipart().contentType();
    } else if (request.form() != null) {
      body = formEncode(request.form());
      contentType = FORM_CONTENT_TYPE;
    } else {
      body = serialize(request.body());
      contentType = body == null ? null : JSON_CONTENT_TYPE;
    }
    boolean keyed =
        request.method().equals("POST")
            && !request.idempotent()
            && (callersKey != null || !request.withoutIdempotencyKey());
    Headers headers = defaultHeaders;
    String idempotencyKey = null;
    if (keyed && request.accept() == null && options.headers().isEmpty()) {
      // A POST's usual case: the shared default headers as they are, and the key apart, sent after
      // them (no array of names and values, and no copy of it for OkHttp's Headers).
      // Last of the checks, so that a call refused for another reason does not spend the key.
      idempotencyKey =
          callersKey == null ? IdempotencyKeys.next() : callersKey.spend(describe(request));
    } else if (keyed || request.accept() != null || !options.headers().isEmpty()) {
      // Copied only when something is added: a GET sends the shared default headers as they are.
      Headers.Builder builder = defaultHeaders.newBuilder();
      if (request.accept() != null) {
        builder.set("Accept", request.accept());
      }
      if (keyed) {
        // Last of the checks, so that a call refused for another reason does not spend the key.
        builder.set(
            RequestExecutor.IDEMPOTENCY_KEY_HEADER,
            callersKey == null ? IdempotencyKeys.next() : callersKey.spend(describe(request)));
      }
      if (!options.headers().isEmpty()) { // an iterator over no headers is still made
        for (Map.Entry<String, String> entry : options.headers().entrySet()) {
          builder.set(entry.getKey(), entry.getValue());
        }
      }
      headers = builder.build();
    }
    return new HttpRequest(
        request.method(),
        url.build(),
        headers,
        Map.of(),
        body,
        contentType,
        request.pathTemplate(),
        request.authenticated(),
        request.idempotent(),
        options,
        deadlines.firstAttempt(options),
        cancellation,
        observation,
        request.multipart(),
        idempotencyKey);
  }

  private static String describe(ApiRequest request) {
    return request.method() + " " + request.pathTemplate();
  }

  /**
   * A caller's extra query parameter may not take the name (in any case) of one the operation has,
   * set on this call or not: that one is set through the operation's params.
   */
  private static void requireNotTheOperations(String name, ApiRequest request) {
    for (String own : request.queryNames()) {
      if (own.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "RequestOptions.queryParam '"
                + name
                + "' names a query parameter of "
                + request.method()
                + " "
                + request.pathTemplate()
                + " itself; set '"
                + own
                + "' through the operation's params instead");
      }
    }
  }

  private static byte[] formEncode(Map<String, String> fields) {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    Buffer buffer = new Buffer();
    try {
      form.build().writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static byte[] serialize(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The request body " + body.getClass().getSimpleName() + " cannot be written as JSON", e);
    }
  }
}
