package dev.gradiant.sdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.internal.config.UserAgent;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.sessions.Session;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.okhttp.v3_0.OkHttpTelemetry;
import io.opentelemetry.instrumentation.okhttp.v3_0.internal.OkHttpClientInstrumenterBuilderFactory;
import io.opentelemetry.instrumentation.okhttp.v3_0.internal.TracingInterceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The limit: the same calls written by hand with OkHttp and Jackson, as a careful developer would
 * without an SDK. The request is built by hand from a pre-parsed base URL, the envelope is read
 * with a prepared {@link ObjectReader} into the SDK's own model records; no retries, no logging, no
 * idempotency key, no rate-limit bookkeeping, no response metadata.
 */
public final class RawCalls {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String AUTHORIZATION = "Bearer " + Fixtures.TOKEN;

  /** The fixed half of the keys {@link #withSdkHeaders} sends: version 4, as the SDK's are. */
  private static final long IDEMPOTENCY_HIGH = 0x5ca1ab1e0000_4000L;

  private static final Readers STANDARD = new Readers(false);
  private static final Readers SDK_TIMESTAMPS = new Readers(true);

  private final Call.Factory http;
  private final HttpUrl base;
  private final Readers readers;
  // The SDK's User-Agent when made by withSdkHeaders, which also sends an Idempotency-Key on the
  // POST; null for OkHttp's own and no key.
  private final String userAgent;
  private final BookingCreateParams booking = Requests.sdkBooking();
  private long idempotencyCounter; // not atomic: one benchmark thread per RawCalls

  /**
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   */
  public RawCalls(String baseUrl, OkHttpClient http) {
    this(baseUrl, http, STANDARD, null);
  }

  private RawCalls(String baseUrl, Call.Factory http, Readers readers, String userAgent) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.readers = readers;
    this.userAgent = userAgent;
  }

  /**
   * The same calls, with the SDK's timestamp reader registered on the mapper ({@link
   * Json#timestamps()}): not what a user would write, but the baseline that shows what the SDK
   * costs beyond its faster parsing of timestamps.
   *
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   * @return the calls
   */
  public static RawCalls withSdkTimestamps(String baseUrl, OkHttpClient http) {
    return new RawCalls(baseUrl, http, SDK_TIMESTAMPS, null);
  }

  /**
   * The calls of {@link #withSdkTimestamps} through OpenTelemetry's own OkHttp instrumentation
   * ({@code opentelemetry-okhttp-3.0}): one CLIENT span per request, the context's propagation
   * headers ({@code traceparent}) written on it. The peer a user would reach for instead of the
   * SDK's tracing module.
   *
   * <p>Over a socket it is set up as its documentation shows ({@code
   * OkHttpTelemetry.create(openTelemetry).createCallFactory(http)}). That puts the span in a
   * network interceptor, which a call answered in the JVM ({@link InJvmTransport}, an application
   * interceptor) never reaches: there would be no span at all. So for {@code inJvm} the same
   * interceptor, built from the same instrumenter as the library builds it, goes first among the
   * application interceptors instead.
   *
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   * @param openTelemetry the tracer and propagators of the instrumentation
   * @param inJvm whether {@code http} answers in the JVM ({@link Target#IN_JVM})
   * @return the traced calls
   */
  public static RawCalls withSdkTimestampsTraced(
      String baseUrl, OkHttpClient http, OpenTelemetry openTelemetry, boolean inJvm) {
    Call.Factory traced;
    if (inJvm) {
      OkHttpClient.Builder builder = http.newBuilder();
      builder
          .interceptors()
          .add(
              0,
              new TracingInterceptor(
                  OkHttpClientInstrumenterBuilderFactory.create(openTelemetry).build(),
                  openTelemetry.getPropagators()));
      traced = builder.build();
    } else {
      traced = OkHttpTelemetry.create(openTelemetry).createCallFactory(http);
    }
    return new RawCalls(baseUrl, traced, SDK_TIMESTAMPS, null);
  }

  /**
   * The same calls, sending the two headers the SDK sends and a hand-written call need not: the
   * SDK's {@code User-Agent} (instead of OkHttp's short one) and, on the POST, an {@code
   * Idempotency-Key} in the SDK's form (a UUID, made here from a counter, which costs less than the
   * SDK's own keys). Over a socket, the SDK's calls ÷ these show what its code costs beyond the
   * bytes it chooses to send.
   *
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   * @return the calls
   */
  public static RawCalls withSdkHeaders(String baseUrl, OkHttpClient http) {
    return new RawCalls(baseUrl, http, STANDARD, UserAgent.value());
  }

  /**
   * {@return the mapper of {@link #withSdkTimestamps}: configured by hand, with the SDK's timestamp
   * reader, for peers that should read the JSON as that fair baseline does}
   */
  static ObjectMapper sdkTimestampsMapper() {
    return SDK_TIMESTAMPS.mapper;
  }

  /**
   * The same OkHttp client (pool, dispatcher, interceptors) with a call timeout, as the SDK arms
   * for its call deadline.
   *
   * @param http the client to share
   * @return the client with a 60 s call timeout
   */
  public static OkHttpClient withCallTimeout(OkHttpClient http) {
    return http.newBuilder().callTimeout(Duration.ofSeconds(60)).build();
  }

  /** {@return {@code GET /sessions/{id}}} */
  public Session getSession() {
    HttpUrl url =
        base.newBuilder().addPathSegment("sessions").addPathSegment(Fixtures.SESSION_ID).build();
    Envelope<Session> envelope = call(request(url).get().build(), readers.session);
    return envelope.data();
  }

  /**
   * {@return {@code GET /sessions/{id}} through OkHttp's {@code enqueue}, the body read and decoded
   * on the dispatcher's thread as the SDK's async face does}
   */
  public CompletableFuture<Session> getSessionAsync() {
    HttpUrl url =
        base.newBuilder().addPathSegment("sessions").addPathSegment(Fixtures.SESSION_ID).build();
    CompletableFuture<Session> result = new CompletableFuture<>();
    http.newCall(request(url).get().build())
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  if (!response.isSuccessful()) {
                    throw new IllegalStateException("HTTP " + response.code());
                  }
                  Envelope<Session> envelope = readers.session.readValue(response.body().bytes());
                  result.complete(envelope.data());
                } catch (IOException | RuntimeException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  /** {@return {@code POST /bookings}} */
  public Booking createBooking() {
    byte[] body;
    try {
      body = readers.mapper.writeValueAsBytes(booking);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpUrl url = base.newBuilder().addPathSegment("bookings").build();
    Request.Builder request = request(url).post(RequestBody.create(body, JSON));
    if (userAgent != null) {
      request.header(
          "Idempotency-Key",
          new UUID(IDEMPOTENCY_HIGH, Long.MIN_VALUE | ++idempotencyCounter).toString());
    }
    Envelope<Booking> envelope = call(request.build(), readers.booking);
    return envelope.data();
  }

  /** {@return the first page of 100 sessions} */
  public List<Session> listPage() {
    return listPage(0).data();
  }

  /**
   * Walks every session of the list, page after page, as a hand-written loop would.
   *
   * @param sink receives each session
   * @return how many sessions there were
   */
  public long walkAll(Consumer<Session> sink) {
    long count = 0;
    int offset = 0;
    while (true) {
      Envelope<List<Session>> page = listPage(offset);
      for (Session session : page.data()) {
        sink.accept(session);
        count++;
      }
      offset += page.data().size();
      if (page.data().isEmpty() || offset >= page.meta().total()) {
        return count;
      }
    }
  }

  private Envelope<List<Session>> listPage(int offset) {
    HttpUrl url =
        base.newBuilder()
            .addPathSegment("sessions")
            .addQueryParameter("limit", Integer.toString(Fixtures.PAGE_SIZE))
            .addQueryParameter("offset", Integer.toString(offset))
            .build();
    return call(request(url).get().build(), readers.sessions);
  }

  private Request.Builder request(HttpUrl url) {
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .header("Authorization", AUTHORIZATION)
            .header("Accept", "application/json");
    return userAgent == null ? request : request.header("User-Agent", userAgent);
  }

  private <T> Envelope<T> call(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code() + " for " + request.url());
      }
      return reader.readValue(response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mapper configured by hand, and its prepared readers of the three envelopes. */
  private static final class Readers {
    final ObjectMapper mapper;
    final ObjectReader session;
    final ObjectReader booking;
    final ObjectReader sessions;

    Readers(boolean sdkTimestamps) {
      JsonMapper.Builder builder = JsonMapper.builder().addModule(new JavaTimeModule());
      if (sdkTimestamps) {
        builder.addModule(Json.timestamps());
      }
      mapper =
          builder
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .defaultPropertyInclusion(
                  JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
              .build();
      session = mapper.readerFor(new TypeReference<Envelope<Session>>() {});
      booking = mapper.readerFor(new TypeReference<Envelope<Booking>>() {});
      sessions = mapper.readerFor(new TypeReference<Envelope<List<Session>>>() {});
    }
  }

  /**
   * The API's envelope, declared by hand.
   *
   * @param data the resource or list
   * @param meta the request id, timestamp and list counters
   * @param <T> the type of {@code data}
   */
  public record Envelope<T>(T data, Meta meta) {}

  /**
   * The envelope's {@code meta}.
   *
   * @param requestId the server's request id
   * @param timestamp when it answered
   * @param total list size, on lists
   * @param limit page size, on lists
   * @param offset first index, on lists
   */
  public record Meta(
      String requestId, String timestamp, Long total, Integer limit, Integer offset) {}
}
