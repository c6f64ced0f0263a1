package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.ResponseTooLargeException;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The innermost transport: one OkHttp call, blocking ({@link Call#execute}) or enqueued ({@link
 * Call#enqueue}), body read fully up to a size limit ({@link BoundedBody}), I/O failures typed the
 * same way on both paths.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final MediaType JSON = MediaType.get(JSON_TYPE);
  private static final byte[] EMPTY = new byte[0];

  /** Whole seconds whose nanoseconds still fit a {@code long} with room for the fraction. */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  private static final String CLOSED = "This GradiantClient is closed; build a new one.";

  /** The largest body size limit: a byte array can hold no more. */
  public static final long MAX_BODY_SIZE = BoundedBody.MAX_LIMIT;

  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Clock clock;
  private final long attemptTimeoutNanos;
  private final long maxBodySize;
  private final CompletionExecutor completions;
  private final DeadlineWatch deadlines = new DeadlineWatch();
  private final AtomicBoolean closed = new AtomicBoolean();
  // The last credentials' headers sent, as names and values; replaced when another map comes.
  private volatile CredentialPairs lastCredentials;

  /**
   * @param client the OkHttp client to call through
   * @param ownsClient whether {@link #close()} shuts the client's threads and connections down;
   *     false when the application handed its own client in
   * @param clock the time source the call's deadline was computed with
   * @param attemptTimeout the time allowed for one exchange, or {@code null} for no limit but the
   *     call's deadline
   * @param maxBodySize the largest response body read, in bytes (1 to {@link #MAX_BODY_SIZE}); a
   *     longer one fails the call with a {@link ResponseTooLargeException}
   * @param completions the client's completion pool, where an asynchronous attempt that the
   *     deadline watch ended is failed (its dependents include the observers), off the watch's
   *     thread
   */
  public OkHttpTransport(
      OkHttpClient client,
      boolean ownsClient,
      Clock clock,
      Duration attemptTimeout,
      long maxBodySize,
      CompletionExecutor completions) {
    if (maxBodySize < 1 || maxBodySize > MAX_BODY_SIZE) {
      throw new IllegalArgumentException("maxBodySize out of range: " + maxBodySize);
    }
    this.client = client;
    this.ownsClient = ownsClient;
    this.clock = clock;
    this.attemptTimeoutNanos = attemptTimeout == null ? Long.MAX_VALUE : attemptTimeout.toNanos();
    this.maxBodySize = maxBodySize;
    this.completions = completions;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    Call call = newCall(request);
    DeadlineWatch.Watched watched = watch(call, request, null);
    try (Response response = call.execute()) {
      return read(call, request, response);
    } catch (IOException e) {
      if (watched != null && watched.expired()) {
        throw timedOut(request, e);
      }
      throw failure(request, e, Thread.currentThread().isInterrupted());
    } finally {
      if (watched != null) {
        deadlines.forget(watched);
      }
    }
  }

  /**
   * Enqueues the call on OkHttp's dispatcher ({@link Call#enqueue}): no thread waits for it, and
   * the body is read in the callback, on the dispatcher's thread. The call is cancelled when the
   * request's {@link Cancellation} fires; the future then fails with {@link CancellationException}.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    Cancellation cancellation = request.cancellation();
    if (cancellation.isCancelled()) {
      return CompletableFuture.failedFuture(cancelled(request));
    }
    Call call;
    try {
      call = newCall(request);
    } catch (IllegalStateException e) {
      return CompletableFuture.failedFuture(e);
    }
    Exchange exchange = new Exchange(request);
    exchange.unregister = cancellation.onCancel(call::cancel);
    exchange.watched = watch(call, request, exchange);
    call.enqueue(exchange);
    return exchange;
  }

  /**
   * One enqueued call: its future, OkHttp's callback, and what the deadline watch runs when its
   * time is up. One object, and no stage of its own: the call is let go of (its cancellation's
   * registration, its entry in the watch) just before its future completes, not in a dependent.
   */
  private final class Exchange extends CompletableFuture<HttpResponse>
      implements Callback, Runnable {
    private final HttpRequest request;
    // Set before the call is enqueued; unregister before the call is watched.
    private Runnable unregister;
    private DeadlineWatch.Watched watched;

    Exchange(HttpRequest request) {
      this.request = request;
    }

    @Override
    public void onResponse(Call call, Response response) {
      try (response) {
        HttpResponse read = read(call, request, response);
        release();
        complete(read);
      } catch (IOException e) {
        onFailure(call, e);
      } catch (RuntimeException | Error e) {
        // ResponseTooLargeException, or anything unexpected (an OutOfMemoryError reading a
        // body): the future must not hang, and OkHttp will not call onFailure after this.
        fail(e);
      }
    }

    @Override
    public void onFailure(Call call, IOException e) {
      if (watched != null && watched.expired()) {
        fail(timedOut(request, e));
      } else if (call.isCanceled()) {
        fail(cancelled(request));
      } else if (closed.get()) {
        fail(new ClientStateException(CLOSED, e));
      } else {
        fail(failure(request, e, false));
      }
    }

    /**
     * The deadline watch's expiry. A call waiting in the dispatcher's queue hears of its
     * cancellation only when its turn comes: the future fails at the deadline itself, on the
     * client's completion pool, since its dependents include the observers' onAttemptFailure
     * (application code), which must not hold back the watch and so the deadlines of the client's
     * other calls.
     */
    @Override
    public void run() {
      completions.leaveSdkThread(
          () -> fail(timedOut(request, new InterruptedIOException("timeout"))));
    }

    private void fail(Throwable failure) {
      release();
      completeExceptionally(failure);
    }

    private void release() {
      unregister.run();
      DeadlineWatch.Watched entry = watched;
      if (entry != null) {
        deadlines.forget(entry);
      }
    }
  }

  private Call newCall(HttpRequest request) {
    if (closed.get()) {
      throw new ClientStateException(CLOSED);
    }
    return client.newCall(toOkHttp(request));
  }

  /**
   * Puts {@code call} under the deadline watch for the attempt's time limit: the per-attempt
   * timeout, cut to what is left before the call's deadline; {@code null} when there is neither.
   */
  private DeadlineWatch.Watched watch(Call call, HttpRequest request, Runnable onExpiry) {
    long limitNanos = attemptTimeoutNanos;
    Instant deadline = request.attempt().deadline();
    if (deadline != null) {
      limitNanos = Math.min(limitNanos, Math.max(1_000_000, nanosUntil(deadline)));
    }
    return limitNanos == Long.MAX_VALUE ? null : deadlines.watch(call, limitNanos, onExpiry);
  }

  /**
   * Nanoseconds from now to {@code deadline}, saturated. Now is the clock's {@link Clock#millis()}:
   * the system clock reads it without making an {@link Instant} (nor a {@link Duration}) per call,
   * and the watch's limits are whole milliseconds at the least anyway.
   */
  private long nanosUntil(Instant deadline) {
    long nowMillis = clock.millis();
    long seconds = deadline.getEpochSecond() - Math.floorDiv(nowMillis, 1000L);
    if (seconds > MAX_SECONDS) {
      return Long.MAX_VALUE;
    }
    if (seconds < -MAX_SECONDS) {
      return Long.MIN_VALUE;
    }
    long nowNanoOfSecond = Math.floorMod(nowMillis, 1000L) * 1_000_000L;
    return seconds * 1_000_000_000L + (deadline.getNano() - nowNanoOfSecond);
  }

  private static ApiTimeoutException timedOut(HttpRequest request, IOException e) {
    return new ApiTimeoutException(request.describe() + " timed out: the time allowed ran out", e);
  }

  /**
   * The response with its body, read up to the size limit. Past it, the call is cancelled before
   * the response is closed: closing alone would first try to read the rest, to reuse the
   * connection.
   */
  private HttpResponse read(Call call, HttpRequest request, Response response) throws IOException {
    byte[] bytes;
    try {
      bytes = BoundedBody.read(request, response, maxBodySize);
    } catch (ResponseTooLargeException e) {
      call.cancel();
      throw e;
    }
    int code = response.code();
    return new HttpResponse(
        code, response.message(), HeldRetryAfter.restore(code, response.headers()), bytes);
  }

  /** The typed exception for an exchange that ended without a response. */
  private static RuntimeException failure(HttpRequest request, IOException e, boolean interrupted) {
    if (e instanceof UploadAbortedException aborted) {
      return new ClientFailureException(
          request.describe()
              + " was stopped by the client: "
              + aborted.getMessage()
              + ". It is not retried"
              + (aborted.getCause() == null ? "" : " (see the cause)"),
          aborted.getCause() == null ? aborted : aborted.getCause());
    }
    if (e instanceof InterruptedIOException) {
      if (interrupted) {
        return new ConnectionException(request.describe() + " was interrupted", e);
      }
      return new ApiTimeoutException(request.describe() + " timed out: " + e.getMessage(), e);
    }
    return new ConnectionException(
        request.describe() + " failed before a response arrived: " + e, e);
  }

  private static CancellationException cancelled(HttpRequest request) {
    return new CancellationException(request.describe() + " was cancelled");
  }

  private Request toOkHttp(HttpRequest request) {
    RequestBody body;
    if (request.multipart() != null) {
      body = request.multipart().toRequestBody();
    } else {
      body =
          request.body() == null
              ? null
              : RequestBody.create(request.body(), mediaType(request.contentType()));
    }
    if (body == null && requiresBody(request.method())) {
      body = RequestBody.create(EMPTY, JSON);
    }
    Request.Builder builder =
        new Request.Builder()
            .url(request.url())
            .method(request.method(), body)
            .tag(Transmission.class, request.attempt().transmission());
    // Added one by one to the builder's own list: headers(Headers) would throw that list away for
    // a copy of the given headers, made through two more lists.
    Headers headers = request.headers();
    for (int i = 0, size = headers.size(); i < size; i++) {
      builder.addHeader(headers.name(i), headers.value(i));
    }
    if (request.idempotencyKey() != null) {
      builder.header(RequestExecutor.IDEMPOTENCY_KEY_HEADER, request.idempotencyKey());
    }
    String[] credentials = credentialPairs(request.credentialHeaders());
    for (int i = 0; i < credentials.length; i += 2) {
      credentialHeader(builder, credentials[i], credentials[i + 1]);
    }
    return builder.build();
  }

  /**
   * The credentials' headers as names and values. Walking a map makes an entry set, an iterator or
   * a function object for every call; the credentials' map is nearly always the same one (an API
   * key's, a token's until it is renewed), so its pairs are kept for as long as it comes again.
   */
  private String[] credentialPairs(Map<String, String> credentials) {
    CredentialPairs last = lastCredentials;
    if (last != null && last.map() == credentials) {
      return last.pairs();
    }
    String[] pairs = new String[credentials.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> header : credentials.entrySet()) {
      pairs[i++] = header.getKey();
      pairs[i++] = header.getValue();
    }
    lastCredentials = new CredentialPairs(credentials, pairs);
    return pairs;
  }

  /** A credentials' map and its names and values, in the map's order. */
  private record CredentialPairs(Map<String, String> map, String[] pairs) {}

  private static void credentialHeader(Request.Builder builder, String name, String value) {
    try {
      builder.header(name, value);
    } catch (IllegalArgumentException e) {
      // OkHttp's message quotes the value of any header it does not know to be sensitive (an
      // X-API-Key, a custom provider's header): say what is wrong without it.
      throw new ClientStateException(
          "The credentials provider returned a header "
              + name
              + " whose name or value cannot be sent in HTTP (control or non-ASCII characters)");
    }
  }

  /** The JSON type is parsed once: {@link MediaType#get} runs a regex on every call. */
  private static MediaType mediaType(String contentType) {
    return contentType.equals(JSON_TYPE) ? JSON : MediaType.get(contentType);
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      deadlines.close();
      if (ownsClient) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
  }
}
