package dev.gradiant.sdk.internal.logging;

import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import dev.gradiant.sdk.internal.redaction.Redactor;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt to the {@code dev.gradiant.sdk.http} logger. DEBUG: one line with method, path
 * template (never ids or query values), status, attempt number, duration and request id. TRACE: the
 * query and the bodies, redacted by {@link Redactor}; of a multipart upload only its parts' names,
 * the file's media type and size, never a value, a file name or the file's bytes. Headers are never
 * logged, so neither are {@code Authorization}, {@code X-API-Key} nor cookies.
 */
public final class LoggingTransport implements HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger("dev.gradiant.sdk.http");

  private final HttpTransport next;

  /**
   * @param next the transport to send through
   */
  public LoggingTransport(HttpTransport next) {
    this.next = next;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    if (!LOG.isDebugEnabled()) {
      return next.execute(request);
    }
    logRequest(request);
    long started = System.nanoTime();
    try {
      HttpResponse response = next.execute(request);
      logResponse(request, response, started);
      return response;
    } catch (GradiantException e) {
      logFailure(request, e, started);
      throw e;
    }
  }

  /** The same lines as {@link #execute}, written when the asynchronous exchange ends. */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    if (!LOG.isDebugEnabled()) {
      return next.executeAsync(request);
    }
    logRequest(request);
    long started = System.nanoTime();
    return next.executeAsync(request)
        .whenComplete(
            (response, failure) -> {
              if (response != null) {
                logResponse(request, response, started);
              } else if (Futures.unwrap(failure) instanceof GradiantException e) {
                logFailure(request, e, started);
              }
            });
  }

  private static void logRequest(HttpRequest request) {
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          "{} query [{}] body {}",
          request.describe(),
          Redactor.query(request.url()),
          request.multipart() != null
              ? request.multipart().describe()
              : Redactor.body(request.body(), request.contentType()));
    }
  }

  private static void logResponse(HttpRequest request, HttpResponse response, long started) {
    LOG.debug(
        "{} -> {} (attempt {}, {} ms, request id {})",
        request.describe(),
        response.statusCode(),
        request.attempt().number(),
        elapsedMillis(started),
        requestId(response));
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          "{} <- body {}",
          request.describe(),
          Redactor.body(response.body(), response.headers().get("Content-Type")));
    }
  }

  private static void logFailure(HttpRequest request, GradiantException e, long started) {
    LOG.debug(
        "{} -> {} (attempt {}, {} ms)",
        request.describe(),
        e.getClass().getSimpleName(),
        request.attempt().number(),
        elapsedMillis(started));
  }

  private static long elapsedMillis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static String requestId(HttpResponse response) {
    String id = response.headers().get("X-Request-ID");
    return id == null ? "none" : id;
  }

  @Override
  public void close() {
    next.close();
  }
}
