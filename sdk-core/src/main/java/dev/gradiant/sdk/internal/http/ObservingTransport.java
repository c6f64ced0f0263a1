package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.observability.AttemptObservation;
import dev.gradiant.sdk.internal.observability.CallObservation;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;

/**
 * Reports each attempt to the client's observers: its start (where they may add headers, such as
 * {@code traceparent}), then its answer or its failure. It sits just outside the logging and OkHttp
 * layers, inside authentication and the rate limits, so that an attempt's duration is its HTTP
 * exchange, and an attempt refused before it is sent has no attempt events. Only in the chain of a
 * client with observers.
 */
public final class ObservingTransport implements HttpTransport {
  private final HttpTransport next;

  /**
   * @param next the transport to send through
   */
  public ObservingTransport(HttpTransport next) {
    this.next = next;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    CallObservation call = request.observation();
    if (!call.active()) {
      return next.execute(request);
    }
    AttemptObservation attempt = start(call, request);
    HttpResponse response;
    try {
      response = next.execute(withObserversHeaders(request, attempt));
    } catch (RuntimeException | Error e) {
      attempt.failed(e);
      throw e;
    }
    attempt.answered(response.statusCode(), response.headers());
    return response;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    CallObservation call = request.observation();
    if (!call.active()) {
      return next.executeAsync(request);
    }
    AttemptObservation attempt = start(call, request);
    return Futures.start(() -> next.executeAsync(withObserversHeaders(request, attempt)))
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                attempt.answered(response.statusCode(), response.headers());
              } else {
                attempt.failed(Futures.unwrap(failure));
              }
            });
  }

  private static AttemptObservation start(CallObservation call, HttpRequest request) {
    return call.attemptStarted(
        request.attempt().number(), request.headers(), request.credentialHeaders().keySet());
  }

  private static HttpRequest withObserversHeaders(HttpRequest request, AttemptObservation attempt) {
    Headers headers = attempt.headers();
    // the observers' headers go after the request's own, a POST's key kept apart among those
    return headers == request.headers() ? request : request.withAddedHeaders(headers);
  }

  @Override
  public void close() {
    next.close();
  }
}
