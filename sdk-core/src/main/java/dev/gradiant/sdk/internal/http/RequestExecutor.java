package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.json.Envelope;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.json.Meta;
import dev.gradiant.sdk.internal.observability.CallObservation;
import dev.gradiant.sdk.internal.observability.Observers;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Turns an {@link ApiRequest} into an {@link HttpRequest}, sends it through the transport chain,
 * and decodes the envelope of a success or throws the typed exception of an error. Shared by all
 * sub-clients of one client; immutable and thread-safe.
 */
public final class RequestExecutor {
  /** Header carrying the per-call idempotency key of a POST. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** The page size the API applies when a list call names none. */
  static final int DEFAULT_LIMIT = 20;

  private final HttpTransport transport;
  private final HttpRequestFactory requests;
  private final HttpUrl authBaseUrl;
  private final CompletionExecutor completions;
  private final Clock clock;
  private final Observers observers;

  /**
   * An executor on the system clock.
   *
   * @param baseUrl the API root, e.g. {@code https://api.gradiant.dev/v1}
   * @param transport the chain to send through; whatever escapes it, or decoding the answer,
   *     reaches callers as {@link ClientFailureGuard} translates it
   * @param userAgent the {@code User-Agent} sent with every request
   * @param completions picks the thread that completes each asynchronous call's future
   */
  public RequestExecutor(
      HttpUrl baseUrl, HttpTransport transport, String userAgent, CompletionExecutor completions) {
    this(
        baseUrl,
        baseUrl,
        transport,
        userAgent,
        completions,
        Clock.systemUTC(),
        Observers.none(),
        CallDeadlines.LEFT_TO_RETRY_LOOP);
  }

  /**
   * @param baseUrl the API root, e.g. {@code https://api.gradiant.dev/v1}
   * @param authBaseUrl the root of the OAuth endpoints ({@link #forAuthHost()}), e.g. {@code
   *     https://auth.gradiant.dev}
   * @param transport the chain to send through; whatever escapes it, or decoding the answer,
   *     reaches callers as {@link ClientFailureGuard} translates it
   * @param userAgent the {@code User-Agent} sent with every request
   * @param completions picks the thread that completes each asynchronous call's future
   * @param clock the client's time source, which sub-clients check times against before sending (an
   *     expiry that must lie in the future)
   * @param observers told of every call's start and end (the chain reports its attempts)
   * @param timeout the client's time allowed for a whole call, or {@code null} for none: each
   *     call's deadline is fixed on {@code clock} when its request is made, with the caller's
   *     timeout if it set one
   */
  public RequestExecutor(
      HttpUrl baseUrl,
      HttpUrl authBaseUrl,
      HttpTransport transport,
      String userAgent,
      CompletionExecutor completions,
      Clock clock,
      Observers observers,
      Duration timeout) {
    this(
        baseUrl,
        authBaseUrl,
        transport,
        userAgent,
        completions,
        clock,
        observers,
        new CallDeadlines(clock, timeout));
  }

  private RequestExecutor(
      HttpUrl baseUrl,
      HttpUrl authBaseUrl,
      HttpTransport transport,
      String userAgent,
      CompletionExecutor completions,
      Clock clock,
      Observers observers,
      CallDeadlines deadlines) {
    this(
        transport,
        new HttpRequestFactory(
            baseUrl,
            new Headers.Builder()
                .add("Accept", "application/json")
                .add("User-Agent", userAgent)
                .build(),
            RequestOptions.none(),
            deadlines),
        authBaseUrl,
        completions,
        clock,
        observers);
  }

  private RequestExecutor(
      HttpTransport transport,
      HttpRequestFactory requests,
      HttpUrl authBaseUrl,
      CompletionExecutor completions,
      Clock clock,
      Observers observers) {
    this.transport = transport;
    this.requests = requests;
    this.authBaseUrl = authBaseUrl;
    this.completions = completions;
    this.clock = clock;
    this.observers = observers;
  }

  /** {@return the client's time source: what "now" is when a sub-client checks an argument} */
  public Clock clock() {
    return clock;
  }

  /** {@return the API root this executor sends to} */
  public HttpUrl baseUrl() {
    return requests.baseUrl();
  }

  /**
   * For a logical call made of several POSTs (a wearable batch sent in chunks): spends the one-call
   * idempotency key the caller gave through {@link RequestOptions.Builder#idempotencyKey}, so that
   * the call can derive each POST's key from it. A view whose key was spent refuses further POSTs,
   * as after any call.
   *
   * @param operation the call, e.g. {@code POST /users/{id}/wearables/samples}, for the message
   * @return the caller's key, or empty when none was given
   * @throws IllegalStateException if an earlier call through the view already spent it
   */
  public Optional<String> spendIdempotencyKey(String operation) {
    return Optional.ofNullable(requests.spendCallersKey(operation));
  }

  /** {@return the root of the OAuth endpoints: the API root unless the client was given another} */
  public HttpUrl authBaseUrl() {
    return authBaseUrl;
  }

  /**
   * An executor like this one (same transport chain, options and headers) whose calls go under
   * {@link #authBaseUrl()}: for the OAuth token endpoint, which may run on a host of its own. Only
   * unauthenticated requests should be sent through it, so that no API credential reaches that
   * host.
   *
   * @return the executor; this one when both roots are the same
   */
  public RequestExecutor forAuthHost() {
    if (authBaseUrl.equals(requests.baseUrl())) {
      return this;
    }
    return new RequestExecutor(
        transport,
        requests.withBaseUrl(authBaseUrl),
        authBaseUrl,
        completions,
        clock,
        observers.reportingTo(authBaseUrl));
  }

  /**
   * An executor that applies {@code overrides} on top of this one's options to every call.
   *
   * @param overrides the options to apply
   * @return the new executor; this one is unchanged
   */
  public RequestExecutor withOptions(RequestOptions overrides) {
    return new RequestExecutor(
        transport, requests.withOptions(overrides), authBaseUrl, completions, clock, observers);
  }

  /**
   * Sends {@code request} and decodes {@code {"data": T}} with {@code reader}.
   *
   * @param request the call
   * @param reader a reader for {@code Envelope<T>} (see {@link Json#envelopeReader})
   * @param <T> the data type
   * @return the data and the response metadata
   */
  public <T> ApiResponse<T> execute(ApiRequest request, ObjectReader reader) {
    return guarded(request, reader, RequestExecutor::decodedSuccess);
  }

  /**
   * {@link #execute} for a face that returns the data alone: the same call, checks and exceptions,
   * without making the response metadata (and the objects that hold it) that nobody would read.
   *
   * @param request the call
   * @param reader a reader for {@code Envelope<T>} (see {@link Json#envelopeReader})
   * @param <T> the data type
   * @return the data
   */
  public <T> T executeForData(ApiRequest request, ObjectReader reader) {
    return guarded(request, reader, RequestExecutor::dataOfSuccess);
  }

  /**
   * Sends a list request and decodes {@code {"data": [T], "meta": {total, limit, offset}}} into a
   * {@link Page} that knows how to fetch the pages after it.
   *
   * @param request the call, including any {@code limit}/{@code offset} the caller chose
   * @param reader a reader for {@code Envelope<List<T>>} (see {@link Json#listEnvelopeReader})
   * @param <T> the item type
   * @return the page and the response metadata
   */
  public <T> ApiResponse<Page<T>> executeList(ApiRequest request, ObjectReader reader) {
    return guarded(
        request,
        reader,
        (ignored, httpRequest, response, same) -> {
          requireSuccess(response);
          Listing<T> listing = listing(request, httpRequest, response, reader);
          Page<T> page =
              new Page<>(
                  listing.items(),
                  listing.total(),
                  listing.limit(),
                  listing.offset(),
                  listing.metadata(),
                  offset ->
                      this.<T>executeList(request.withQuery("offset", offset), reader).data());
          return ApiResponse.<Page<T>>builder().data(page).metadata(listing.metadata()).build();
        });
  }

  /**
   * Sends {@code request} and decodes the whole body as {@code T}, for the one operation that
   * answers outside the envelope ({@code POST /oauth/token}, per RFC 6749).
   *
   * @param request the call
   * @param reader a reader for {@code T}
   * @param <T> the body type
   * @return the decoded body and the response metadata
   */
  public <T> ApiResponse<T> executeUnwrapped(ApiRequest request, ObjectReader reader) {
    return guarded(request, reader, RequestExecutor::unwrappedSuccess);
  }

  /**
   * Sends a request whose success has no body ({@code 204}). A request marked {@link
   * ApiRequest.Builder#goneAfterLostAnswerIsDone()} whose retry was answered {@code 404} after an
   * earlier attempt lost its answer succeeds, with {@link ResponseMetadata#inferredFromRetry()}
   * set: the resource is gone, most likely deleted by the attempt whose answer was lost.
   */
  public ApiResponse<Void> executeWithoutContent(ApiRequest request) {
    return answerGuarded(request, (httpRequest, response) -> withoutContent(request, response));
  }

  /**
   * Sends {@code request} and hands every answer, error status or not, to {@code reader}, for an
   * operation whose error answers carry its own format (GraphQL's {@code 400}). The reader throws
   * {@link ErrorMapper#toException} for the answers it does not read; whatever it throws reaches
   * the caller as {@link ClientFailureGuard} translates it.
   *
   * @param request the call
   * @param reader reads the answer
   * @param <R> the result type
   * @return what {@code reader} returned
   */
  public <R> R executeReading(ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> reader) {
    return answerGuarded(request, reader);
  }

  /**
   * {@link #executeReading} without blocking, with the guarantees of {@link #executeAsync}.
   *
   * @param request the call
   * @param reader reads the answer, on the thread that completes the future
   * @param <R> the result type
   * @return a future of what {@code reader} returned
   */
  public <R> CompletableFuture<R> executeReadingAsync(
      ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> reader) {
    return answerAsync(request, reader);
  }

  /** As {@link #guarded}, with every answer, error or not, handed to {@code reader}. */
  private <R> R answerGuarded(ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> reader) {
    return guarded(
        request,
        null,
        (ignored, httpRequest, response, none) -> reader.apply(httpRequest, response));
  }

  /**
   * Makes the request (where the caller's own mistakes are thrown as they are), then sends it and
   * hands the answer to {@code reading}, under the {@link ClientFailureGuard}: anything thrown by
   * the chain or by {@code reading} (the typed exception of an error answer, see {@link
   * #requireSuccess}) reaches the caller as the guard translates it.
   */
  private <R> R guarded(ApiRequest request, ObjectReader reader, Reading<R> reading) {
    CallObservation observation =
        observers.newCall(request.method(), request.pathTemplate(), false);
    HttpRequest httpRequest = requests.create(request, Cancellation.none(), observation);
    observation.started();
    R result;
    try {
      result = reading.read(request, httpRequest, transport.execute(httpRequest), reader);
    } catch (RuntimeException e) {
      RuntimeException translated = ClientFailureGuard.translate(httpRequest, e);
      observation.ended(translated, false);
      throw translated;
    } catch (Error e) {
      observation.ended(e, false);
      throw e;
    }
    observation.ended(null, false);
    return result;
  }

  /** {@code decoder} for a success; the typed exception of an error answer. */
  private static <R> BiFunction<HttpRequest, HttpResponse, R> successOnly(
      BiFunction<HttpRequest, HttpResponse, R> decoder) {
    return (httpRequest, response) -> {
      if (!response.isSuccessful()) {
        throw ErrorMapper.toException(response);
      }
      return decoder.apply(httpRequest, response);
    };
  }

  /**
   * How a call's answer becomes its result: a constant for each kind of call, so that a call makes
   * no function object of its own.
   *
   * @param <R> the result type
   */
  @FunctionalInterface
  private interface Reading<R> {
    R read(ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader);
  }

  /** Throws the typed exception of an error answer. */
  private static void requireSuccess(HttpResponse response) {
    if (!response.isSuccessful()) {
      throw ErrorMapper.toException(response);
    }
  }

  private static <T> ApiResponse<T> decodedSuccess(
      ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    requireSuccess(response);
    return decoded(httpRequest, response, reader);
  }

  private static <T> T dataOfSuccess(
      ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    return dataOf(httpRequest, response, reader);
  }

  /** The envelope's data of a success; the typed exception of an error answer. */
  private static <T> T dataOf(HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    requireSuccess(response);
    return EnvelopeDecoder.<T>decode(httpRequest, response, reader).data();
  }

  private static <T> ApiResponse<T> unwrappedSuccess(
      ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    requireSuccess(response);
    return unwrapped(httpRequest, response, reader);
  }

  private static <T> ApiResponse<T> decoded(
      HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    Envelope<T> envelope = EnvelopeDecoder.decode(httpRequest, response, reader);
    return ApiResponse.<T>builder()
        .data(envelope.data())
        .metadata(metadata(response, envelope.meta()))
        .build();
  }

  private static <T> ApiResponse<T> unwrapped(
      HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    T data = EnvelopeDecoder.decodeBody(httpRequest, response, reader);
    return ApiResponse.<T>builder().data(data).metadata(metadata(response, null)).build();
  }

  /**
   * {@link #execute} without blocking: the future completes with the same data and metadata, or
   * fails with the same exception (never wrapped). Arguments are checked, and the body written, on
   * the calling thread; cancelling the future cancels the call (the HTTP exchange in flight, a
   * wait, the retries to come).
   *
   * @param request the call
   * @param reader a reader for {@code Envelope<T>}
   * @param <T> the data type
   * @return a future of the data and the response metadata
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ObjectReader reader) {
    return sendAsync(request, (httpRequest, response) -> decoded(httpRequest, response, reader));
  }

  /**
   * {@link #executeForData} without blocking, with the guarantees of {@link #executeAsync}: the
   * future the application holds is the call's own (no mapped future over it), and cancelling it
   * cancels the call.
   *
   * @param request the call
   * @param reader a reader for {@code Envelope<T>}
   * @param <T> the data type
   * @return a future of the data
   */
  public <T> CompletableFuture<T> executeForDataAsync(ApiRequest request, ObjectReader reader) {
    return answerAsync(
        request,
        (httpRequest, response) -> RequestExecutor.<T>dataOf(httpRequest, response, reader));
  }

  /**
   * {@link #executeList} without blocking: the page is an {@link AsyncPage}, whose next pages are
   * fetched asynchronously too.
   *
   * @param request the call, including any {@code limit}/{@code offset} the caller chose
   * @param reader a reader for {@code Envelope<List<T>>}
   * @param <T> the item type
   * @return a future of the page and the response metadata
   */
  public <T> CompletableFuture<ApiResponse<AsyncPage<T>>> executeListAsync(
      ApiRequest request, ObjectReader reader) {
    return sendAsync(
        request,
        (httpRequest, response) -> {
          Listing<T> listing = listing(request, httpRequest, response, reader);
          AsyncPage<T> page =
              new AsyncPage<>(
                  listing.items(),
                  listing.total(),
                  listing.limit(),
                  listing.offset(),
                  listing.metadata(),
                  offset ->
                      ResponseFutures.data(
                          this.<T>executeListAsync(request.withQuery("offset", offset), reader)));
          return ApiResponse.<AsyncPage<T>>builder()
              .data(page)
              .metadata(listing.metadata())
              .build();
        });
  }

  /**
   * {@link #executeUnwrapped} without blocking.
   *
   * @param request the call
   * @param reader a reader for {@code T}
   * @param <T> the body type
   * @return a future of the decoded body and the response metadata
   */
  public <T> CompletableFuture<ApiResponse<T>> executeUnwrappedAsync(
      ApiRequest request, ObjectReader reader) {
    return sendAsync(request, (httpRequest, response) -> unwrapped(httpRequest, response, reader));
  }

  /**
   * {@link #executeWithoutContent} without blocking.
   *
   * @param request the call
   * @return a future of the response metadata
   */
  public CompletableFuture<ApiResponse<Void>> executeWithoutContentAsync(ApiRequest request) {
    return answerAsync(request, (httpRequest, response) -> withoutContent(request, response));
  }

  /** The result of a call without content, or the exception of its error answer. */
  private static ApiResponse<Void> withoutContent(ApiRequest request, HttpResponse response) {
    if (response.isSuccessful()) {
      return ApiResponse.<Void>builder().metadata(metadata(response, null)).build();
    }
    if (isGoneAfterLostAnswer(request, response)) {
      String bodyRequestId =
          ErrorBodyParser.parse(response.statusCode(), response.reasonPhrase(), response.body())
              .bodyRequestId();
      return ApiResponse.<Void>builder()
          .metadata(ResponseMetadataReader.inferred(response, bodyRequestId))
          .build();
    }
    throw ErrorMapper.toException(response);
  }

  /**
   * Whether {@code response} is a {@code 404} to a delete an earlier attempt of which lost its
   * answer, and so may have deleted the resource.
   */
  private static boolean isGoneAfterLostAnswer(ApiRequest request, HttpResponse response) {
    return response.statusCode() == 404
        && response.earlierAnswerLost()
        && request.goneAfterLostAnswerIsDone();
  }

  /**
   * Sends through {@link HttpTransport#executeAsync} with a new {@link Cancellation}: cancelling
   * the returned future (or a future {@link Futures#map mapped} from it) cancels the call. An error
   * answer fails the future with its typed exception; {@code decoder} reads a success; whatever
   * else the chain or {@code decoder} fails with reaches the future as {@link ClientFailureGuard}
   * translates it. The response is decoded, and the returned future completed, on the thread {@link
   * CompletionExecutor} picks: never one of the SDK's own, where the transport chain may end (a
   * deadline, a failure decided after a wait).
   */
  private <R> CompletableFuture<R> sendAsync(
      ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> decoder) {
    return answerAsync(request, successOnly(decoder));
  }

  /** As {@link #sendAsync}, with every answer, error or not, handed to {@code reader}. */
  private <R> CompletableFuture<R> answerAsync(
      ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> reader) {
    Cancellation cancellation = Cancellation.create();
    CallObservation observation = observers.newCall(request.method(), request.pathTemplate(), true);
    HttpRequest httpRequest = requests.create(request, cancellation, observation);
    observation.started();
    CallCompletion<R> completion =
        new CallCompletion<>(httpRequest, cancellation, observation, reader, completions);
    CompletableFuture<HttpResponse> chain;
    try {
      chain = transport.executeAsync(httpRequest);
    } catch (RuntimeException e) {
      chain = CompletableFuture.failedFuture(e);
    }
    // Not the chain's future itself: cancelling the application's fires the Cancellation, which
    // the chain listens to, rather than cancelling the chain's future under it.
    chain.whenComplete(completion);
    return completion.result();
  }

  /** The items and paging counters of a list response, with the request's own as fallbacks. */
  private record Listing<T>(
      List<T> items, long total, int limit, int offset, ResponseMetadata metadata) {}

  private static <T> Listing<T> listing(
      ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    Envelope<List<T>> envelope = EnvelopeDecoder.decode(httpRequest, response, reader);
    ResponseMetadata metadata = metadata(response, envelope.meta());
    Meta meta = envelope.meta();
    int requestedLimit = intOr(request.query().get("limit"), DEFAULT_LIMIT);
    int requestedOffset = intOr(request.query().get("offset"), 0);
    return new Listing<>(
        envelope.data(),
        meta == null || meta.total() == null ? -1 : meta.total(),
        meta == null || meta.limit() == null ? requestedLimit : meta.limit(),
        meta == null || meta.offset() == null ? requestedOffset : meta.offset(),
        metadata);
  }

  private static int intOr(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static ResponseMetadata metadata(HttpResponse response, Meta meta) {
    return ResponseMetadataReader.read(response, meta == null ? null : meta.requestId());
  }
}
