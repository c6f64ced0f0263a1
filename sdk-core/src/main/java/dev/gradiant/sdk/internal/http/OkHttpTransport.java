package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The innermost transport: one blocking OkHttp call, body read fully, I/O failures typed. */
public final class OkHttpTransport implements HttpTransport {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final byte[] EMPTY = new byte[0];

  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Clock clock;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param client the OkHttp client to call through
   * @param ownsClient whether {@link #close()} shuts the client's threads and connections down;
   *     false when the application handed its own client in
   * @param clock the time source the call's deadline was computed with
   */
  public OkHttpTransport(OkHttpClient client, boolean ownsClient, Clock clock) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.clock = clock;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    if (closed.get()) {
      throw new IllegalStateException("This GradiantClient is closed; build a new one.");
    }
    Call call = client.newCall(toOkHttp(request));
    Instant deadline = request.attempt().deadline();
    if (deadline != null) {
      long left = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
      long perCall = client.callTimeoutMillis();
      call.timeout().timeout(perCall == 0 ? left : Math.min(perCall, left), TimeUnit.MILLISECONDS);
    }
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      byte[] bytes = body == null ? EMPTY : body.bytes();
      return new HttpResponse(response.code(), response.message(), response.headers(), bytes);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ConnectionException(request.describe() + " was interrupted", e);
      }
      throw new ApiTimeoutException(request.describe() + " timed out: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConnectionException(
          request.describe() + " failed before a response arrived: " + e, e);
    }
  }

  private static Request toOkHttp(HttpRequest request) {
    RequestBody body =
        request.body() == null
            ? null
            : RequestBody.create(request.body(), MediaType.get(request.contentType()));
    if (body == null && requiresBody(request.method())) {
      body = RequestBody.create(EMPTY, JSON);
    }
    return new Request.Builder()
        .url(request.url())
        .headers(request.headers())
        .method(request.method(), body)
        .build();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
