package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.ApiResponse;
import dev.gradiant.sdk.RequestOptions;
import dev.gradiant.sdk.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.json.Envelope;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.json.Meta;
import dev.gradiant.sdk.internal.logging.Redactor;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * Turns an {@link ApiRequest} into an {@link HttpRequest}, sends it through the transport chain,
 * and decodes the envelope of a success or throws the typed exception of an error. Shared by all
 * sub-clients of one client; immutable and thread-safe.
 */
public final class RequestExecutor {
  /** Header carrying the per-call idempotency key of a POST. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";
  private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

  /** The page size the API applies when a list call names none. */
  static final int DEFAULT_LIMIT = 20;

  private final HttpUrl baseUrl;
  private final HttpTransport transport;
  private final Headers defaultHeaders;
  private final RequestOptions options;

  /**
   * @param baseUrl the API root, e.g. {@code https://api.gradiant.dev/v1}
   * @param transport the chain to send through
   * @param userAgent the {@code User-Agent} sent with every request
   */
  public RequestExecutor(HttpUrl baseUrl, HttpTransport transport, String userAgent) {
    this(
        baseUrl,
        transport,
        new Headers.Builder()
            .add("Accept", "application/json")
            .add("User-Agent", userAgent)
            .build(),
        RequestOptions.none());
  }

  private RequestExecutor(
      HttpUrl baseUrl, HttpTransport transport, Headers defaultHeaders, RequestOptions options) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.defaultHeaders = defaultHeaders;
    this.options = options;
  }

  /** {@return the API root this executor sends to} */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * An executor that applies {@code overrides} on top of this one's options to every call.
   *
   * @param overrides the options to apply
   * @return the new executor; this one is unchanged
   */
  public RequestExecutor withOptions(RequestOptions overrides) {
    return new RequestExecutor(baseUrl, transport, defaultHeaders, options.merge(overrides));
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
    HttpRequest httpRequest = toHttpRequest(request);
    HttpResponse response = send(httpRequest);
    Envelope<T> envelope = decode(httpRequest, response, reader);
    return new ApiResponse<>(envelope.data(), metadata(response, envelope.meta()));
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
    HttpRequest httpRequest = toHttpRequest(request);
    HttpResponse response = send(httpRequest);
    Listing<T> listing = listing(request, httpRequest, response, reader);
    Page<T> page =
        new Page<>(
            listing.items(),
            listing.total(),
            listing.limit(),
            listing.offset(),
            listing.metadata(),
            offset -> this.<T>executeList(request.withQuery("offset", offset), reader).data());
    return new ApiResponse<>(page, listing.metadata());
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
    HttpRequest httpRequest = toHttpRequest(request);
    HttpResponse response = send(httpRequest);
    T data = decodeBody(httpRequest, response, reader);
    return new ApiResponse<>(data, metadata(response, null));
  }

  /** Sends a request whose success has no body ({@code 204}). */
  public ApiResponse<Void> executeWithoutContent(ApiRequest request) {
    HttpResponse response = send(toHttpRequest(request));
    return new ApiResponse<>(null, metadata(response, null));
  }

  private HttpResponse send(HttpRequest request) {
    HttpResponse response = transport.execute(request);
    if (!response.isSuccessful()) {
      throw ErrorMapper.toException(response);
    }
    return response;
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
    return sendAsync(
        request,
        (httpRequest, response) -> {
          Envelope<T> envelope = decode(httpRequest, response, reader);
          return new ApiResponse<>(envelope.data(), metadata(response, envelope.meta()));
        });
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
                      Futures.data(
                          this.<T>executeListAsync(request.withQuery("offset", offset), reader)));
          return new ApiResponse<>(page, listing.metadata());
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
    return sendAsync(
        request,
        (httpRequest, response) ->
            new ApiResponse<>(
                RequestExecutor.<T>decodeBody(httpRequest, response, reader),
                metadata(response, null)));
  }

  /**
   * {@link #executeWithoutContent} without blocking.
   *
   * @param request the call
   * @return a future of the response metadata
   */
  public CompletableFuture<ApiResponse<Void>> executeWithoutContentAsync(ApiRequest request) {
    return sendAsync(
        request, (httpRequest, response) -> new ApiResponse<>(null, metadata(response, null)));
  }

  /**
   * Sends through {@link HttpTransport#executeAsync} with a new {@link Cancellation}: cancelling
   * the returned future (or a future {@link Futures#map mapped} from it) cancels the call.
   */
  private <R> CompletableFuture<R> sendAsync(
      ApiRequest request, BiFunction<HttpRequest, HttpResponse, R> decoder) {
    Cancellation cancellation = Cancellation.create();
    HttpRequest httpRequest = toHttpRequest(request, cancellation);
    CompletableFuture<HttpResponse> sent = Futures.start(() -> transport.executeAsync(httpRequest));
    sent.whenComplete(
        (response, failure) -> {
          if (sent.isCancelled()) {
            cancellation.cancel();
          }
        });
    return Futures.map(
        sent,
        response -> {
          if (!response.isSuccessful()) {
            throw ErrorMapper.toException(response);
          }
          return decoder.apply(httpRequest, response);
        });
  }

  /** The items and paging counters of a list response, with the request's own as fallbacks. */
  private record Listing<T>(
      List<T> items, long total, int limit, int offset, ResponseMetadata metadata) {}

  private static <T> Listing<T> listing(
      ApiRequest request, HttpRequest httpRequest, HttpResponse response, ObjectReader reader) {
    Envelope<List<T>> envelope = decode(httpRequest, response, reader);
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

  private HttpRequest toHttpRequest(ApiRequest request) {
    return toHttpRequest(request, Cancellation.none());
  }

  private HttpRequest toHttpRequest(ApiRequest request, Cancellation cancellation) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    String template = request.pathTemplate();
    int next = 0;
    for (int start = 1, end; start < template.length(); start = end + 1) {
      end = template.indexOf('/', start);
      end = end < 0 ? template.length() : end;
      url.addPathSegment(
          template.charAt(start) == '{'
              ? request.pathParams().get(next++)
              : template.substring(start, end));
    }
    for (Map.Entry<String, String> entry : request.query().entrySet()) {
      url.addQueryParameter(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<String, String> entry : options.queryParams().entrySet()) {
      url.setQueryParameter(entry.getKey(), entry.getValue());
    }
    boolean post = request.method().equals("POST");
    Headers headers = defaultHeaders;
    if (post || !options.headers().isEmpty()) {
      // Copied only when something is added: a GET sends the shared default headers as they are.
      Headers.Builder builder = defaultHeaders.newBuilder();
      if (post) {
        builder.set(
            IDEMPOTENCY_KEY_HEADER,
            options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString()));
      }
      for (Map.Entry<String, String> entry : options.headers().entrySet()) {
        builder.set(entry.getKey(), entry.getValue());
      }
      headers = builder.build();
    }
    byte[] body;
    String contentType;
    if (request.form() != null) {
      body = formEncode(request.form());
      contentType = FORM_CONTENT_TYPE;
    } else {
      body = serialize(request.body());
      contentType = body == null ? null : JSON_CONTENT_TYPE;
    }
    return new HttpRequest(
        request.method(),
        url.build(),
        headers,
        body,
        contentType,
        request.pathTemplate(),
        request.authenticated(),
        options,
        Attempt.FIRST,
        cancellation);
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

  private static <T> Envelope<T> decode(
      HttpRequest request, HttpResponse response, ObjectReader reader) {
    Envelope<T> envelope = decodeBody(request, response, reader);
    if (envelope.data() == null) {
      throw malformed(request, response, "the body has no \"data\"");
    }
    return envelope;
  }

  private static <T> T decodeBody(HttpRequest request, HttpResponse response, ObjectReader reader) {
    String problem;
    try {
      T value = response.body().length == 0 ? null : reader.readValue(response.body());
      if (value != null) {
        return value;
      }
      problem = "the body is empty";
    } catch (JsonMappingException e) {
      problem =
          e.getCause() instanceof StreamReadException
              ? "the body is not valid JSON"
              : "the field " + path(e) + " does not match the documented schema";
    } catch (IOException e) {
      problem = "the body is not valid JSON";
    }
    throw malformed(request, response, problem);
  }

  private static MalformedResponseException malformed(
      HttpRequest request, HttpResponse response, String problem) {
    ApiError error =
        new ApiError(
            null,
            "Could not read the response of " + request.describe() + ": " + problem,
            null,
            List.of());
    return new MalformedResponseException(error, metadata(response, null), excerpt(response));
  }

  /**
   * The body excerpt kept on a {@link MalformedResponseException}. A success body may hold secrets
   * (a webhook signing secret, tokens) or personal data, so anything that looks like JSON is kept
   * only in its redacted form; other bodies (an HTML page from a proxy) are kept as text.
   */
  private static String excerpt(HttpResponse response) {
    String text = ErrorMapper.rawText(response.body()).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      return Redactor.body(response.body(), "application/json");
    }
    return text;
  }

  /** {@code data.items[2].createdAt}: where decoding failed, without the offending value. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(root)" : path.toString();
  }

  private static int intOr(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static ResponseMetadata metadata(HttpResponse response, Meta meta) {
    return ResponseMetadataReader.read(response, meta == null ? null : meta.requestId());
  }
}
