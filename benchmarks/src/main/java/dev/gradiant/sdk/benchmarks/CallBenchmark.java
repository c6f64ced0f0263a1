package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.client.ApiException;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.opentelemetry.GradiantTracing;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.Session;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One API call, three ways ({@code _sdk}, {@code _raw}, {@code _generated}), over both transports:
 * get one session, create a booking (a POST with a JSON body), read one page of 100 sessions. A
 * fourth, {@code _rawCallTimeout}, is the raw call on an OkHttp client with a call timeout: the SDK
 * always bounds a call by its deadline (60 s by default), which OkHttp enforces with the same
 * timer, so this shows what the SDK costs beyond that safety net. A fifth, {@code
 * _rawSdkTimestamps}, is the raw call with the SDK's timestamp reader on its mapper: the SDK reads
 * timestamps several times faster than jackson-datatype-jsr310, which hides what the rest of it
 * costs; this baseline shows that cost. A sixth, {@code _sdkNoOpObserver}, is the SDK call with one
 * installed {@code CallObserver} that does nothing: the cost of the observer hooks themselves
 * (compare with {@code _sdk}; the target is 5 % at most). A seventh and eighth, {@code
 * _sdkOtelRecorded} and {@code _sdkOtelSampledOff}, are the SDK call traced by the OpenTelemetry
 * module ({@code GradiantTracing}) on the OpenTelemetry SDK with W3C propagation: every call's two
 * spans recorded and handed to an exporter that drops them, or no span sampled (the {@code
 * traceparent} header is written either way); see {@link BenchmarkTracing}. {@code _sdkOtelNoSdk}
 * is the same module on the OpenTelemetry API with no SDK installed ({@code OpenTelemetry.noop()}):
 * what the module costs an application that does not configure tracing (compare with {@code _sdk};
 * the target is 5 % at most). {@code _rawSdkTimestampsOtelRecorded} and {@code
 * _rawSdkTimestampsOtelSampledOff} are the peer: the {@code _rawSdkTimestamps} call traced by
 * OpenTelemetry's own OkHttp instrumentation on the same two OpenTelemetry set-ups (one span per
 * call, {@code traceparent} injected); its cost is that row ÷ {@code _rawSdkTimestamps}, the
 * module's is {@code _sdkOtel*} ÷ {@code _sdk}. A ninth, {@code _retrofit}, is the peer a user
 * might pick instead: Retrofit 2 with its Jackson converter on the same OkHttp client, reading with
 * the mapper of {@code _rawSdkTimestamps} ({@link RetrofitCalls}).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallBenchmark {
  /**
   * {@value Target#IN_JVM} by default. Loopback is measured by {@link LoopbackBenchmark}, with the
   * clients interleaved; {@code -p transport=loopback} runs this one over loopback too.
   */
  @Param({Target.IN_JVM})
  public String transport;

  private Target target;
  private SdkCalls sdk;
  private SdkCalls sdkNoOpObserver;
  private OpenTelemetrySdk otelRecorded;
  private OpenTelemetrySdk otelSampledOff;
  private SdkCalls sdkOtelRecorded;
  private SdkCalls sdkOtelSampledOff;
  private SdkCalls sdkOtelNoSdk;
  private RawCalls rawSdkTimestampsOtelRecorded;
  private RawCalls rawSdkTimestampsOtelSampledOff;
  private RawCalls raw;
  private RawCalls rawCallTimeout;
  private RawCalls rawSdkTimestamps;
  private GeneratedCalls generated;
  private RetrofitCalls retrofit;

  /**
   * Starts the target and the three clients, and checks that each reads the fixtures right.
   *
   * @throws ApiException if the generated client fails
   */
  @Setup(Level.Trial)
  public void start() throws ApiException {
    target = Target.start(transport, CannedApi.standard());
    sdk = new SdkCalls(target.baseUrl(), target.http());
    sdkNoOpObserver = new SdkCalls(target.baseUrl(), target.http(), new CallObserver() {});
    otelRecorded = BenchmarkTracing.recordedToNoOpExporter();
    otelSampledOff = BenchmarkTracing.sampledOff();
    sdkOtelRecorded =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(otelRecorded));
    sdkOtelSampledOff =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(otelSampledOff));
    sdkOtelNoSdk =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(OpenTelemetry.noop()));
    rawSdkTimestampsOtelRecorded =
        RawCalls.withSdkTimestampsTraced(
            target.baseUrl(), target.http(), otelRecorded, Target.IN_JVM.equals(transport));
    rawSdkTimestampsOtelSampledOff =
        RawCalls.withSdkTimestampsTraced(
            target.baseUrl(), target.http(), otelSampledOff, Target.IN_JVM.equals(transport));
    raw = new RawCalls(target.baseUrl(), target.http());
    rawCallTimeout = new RawCalls(target.baseUrl(), RawCalls.withCallTimeout(target.http()));
    rawSdkTimestamps = RawCalls.withSdkTimestamps(target.baseUrl(), target.http());
    generated = new GeneratedCalls(target.baseUrl(), target.http());
    retrofit = new RetrofitCalls(target.baseUrl(), target.http());
    Check.sameResults(sdk, raw, generated);
    Check.retrofitAgrees(sdk, retrofit);
    Check.sameResults(sdk, rawCallTimeout, generated);
    Check.sameResults(sdk, rawSdkTimestamps, generated);
    Check.sameResults(sdkNoOpObserver, raw, generated);
    Check.sameResults(sdkOtelRecorded, raw, generated);
    Check.sameResults(sdkOtelSampledOff, raw, generated);
    Check.sameResults(sdkOtelNoSdk, raw, generated);
    Check.sameResults(sdk, rawSdkTimestampsOtelRecorded, generated);
    Check.sameResults(sdk, rawSdkTimestampsOtelSampledOff, generated);
  }

  /** Closes the clients and the target. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    sdkNoOpObserver.close();
    sdkOtelRecorded.close();
    sdkOtelSampledOff.close();
    sdkOtelNoSdk.close();
    otelRecorded.close();
    otelSampledOff.close();
    target.close();
  }

  /** {@return GET /sessions/{id} through the SDK} */
  @Benchmark
  public Session getSession_sdk() {
    return sdk.getSession();
  }

  /** {@return GET /sessions/{id} through the SDK with a no-op observer installed} */
  @Benchmark
  public Session getSession_sdkNoOpObserver() {
    return sdkNoOpObserver.getSession();
  }

  /**
   * {@return GET /sessions/{id} through the SDK traced by the OpenTelemetry module, every span
   * recorded}
   */
  @Benchmark
  public Session getSession_sdkOtelRecorded() {
    return sdkOtelRecorded.getSession();
  }

  /**
   * {@return GET /sessions/{id} through the SDK traced by the OpenTelemetry module, sampling off}
   */
  @Benchmark
  public Session getSession_sdkOtelSampledOff() {
    return sdkOtelSampledOff.getSession();
  }

  /**
   * {@return GET /sessions/{id} through the SDK traced by the OpenTelemetry module on the API alone
   * (no SDK installed)}
   */
  @Benchmark
  public Session getSession_sdkOtelNoSdk() {
    return sdkOtelNoSdk.getSession();
  }

  /**
   * {@return GET /sessions/{id} by hand with the SDK's timestamp reader, traced by OpenTelemetry's
   * OkHttp instrumentation, every span recorded}
   */
  @Benchmark
  public Session getSession_rawSdkTimestampsOtelRecorded() {
    return rawSdkTimestampsOtelRecorded.getSession();
  }

  /**
   * {@return GET /sessions/{id} by hand with the SDK's timestamp reader, traced by OpenTelemetry's
   * OkHttp instrumentation, sampling off}
   */
  @Benchmark
  public Session getSession_rawSdkTimestampsOtelSampledOff() {
    return rawSdkTimestampsOtelSampledOff.getSession();
  }

  /** {@return GET /sessions/{id} by hand} */
  @Benchmark
  public Session getSession_raw() {
    return raw.getSession();
  }

  /** {@return the same by hand, with an OkHttp call timeout armed as the SDK's call deadline is} */
  @Benchmark
  public Session getSession_rawCallTimeout() {
    return rawCallTimeout.getSession();
  }

  /** {@return the same by hand, with the SDK's timestamp reader on the mapper} */
  @Benchmark
  public Session getSession_rawSdkTimestamps() {
    return rawSdkTimestamps.getSession();
  }

  /**
   * @return GET /sessions/{id} through the generated client
   * @throws ApiException never here
   */
  @Benchmark
  public dev.gradiant.generated.model.Session getSession_generated() throws ApiException {
    return generated.getSession();
  }

  /** {@return GET /sessions/{id} through Retrofit} */
  @Benchmark
  public Session getSession_retrofit() {
    return retrofit.getSession();
  }

  /** {@return POST /bookings through the SDK} */
  @Benchmark
  public Booking createBooking_sdk() {
    return sdk.createBooking();
  }

  /** {@return POST /bookings through the SDK with a no-op observer installed} */
  @Benchmark
  public Booking createBooking_sdkNoOpObserver() {
    return sdkNoOpObserver.createBooking();
  }

  /**
   * {@return POST /bookings through the SDK traced by the OpenTelemetry module, every span
   * recorded}
   */
  @Benchmark
  public Booking createBooking_sdkOtelRecorded() {
    return sdkOtelRecorded.createBooking();
  }

  /** {@return POST /bookings through the SDK traced by the OpenTelemetry module, sampling off} */
  @Benchmark
  public Booking createBooking_sdkOtelSampledOff() {
    return sdkOtelSampledOff.createBooking();
  }

  /**
   * {@return POST /bookings through the SDK traced by the OpenTelemetry module on the API alone (no
   * SDK installed)}
   */
  @Benchmark
  public Booking createBooking_sdkOtelNoSdk() {
    return sdkOtelNoSdk.createBooking();
  }

  /**
   * {@return POST /bookings by hand with the SDK's timestamp reader, traced by OpenTelemetry's
   * OkHttp instrumentation, every span recorded}
   */
  @Benchmark
  public Booking createBooking_rawSdkTimestampsOtelRecorded() {
    return rawSdkTimestampsOtelRecorded.createBooking();
  }

  /**
   * {@return POST /bookings by hand with the SDK's timestamp reader, traced by OpenTelemetry's
   * OkHttp instrumentation, sampling off}
   */
  @Benchmark
  public Booking createBooking_rawSdkTimestampsOtelSampledOff() {
    return rawSdkTimestampsOtelSampledOff.createBooking();
  }

  /** {@return POST /bookings by hand} */
  @Benchmark
  public Booking createBooking_raw() {
    return raw.createBooking();
  }

  /** {@return the same by hand, with an OkHttp call timeout armed as the SDK's call deadline is} */
  @Benchmark
  public Booking createBooking_rawCallTimeout() {
    return rawCallTimeout.createBooking();
  }

  /** {@return the same by hand, with the SDK's timestamp reader on the mapper} */
  @Benchmark
  public Booking createBooking_rawSdkTimestamps() {
    return rawSdkTimestamps.createBooking();
  }

  /**
   * @return POST /bookings through the generated client
   * @throws ApiException never here
   */
  @Benchmark
  public dev.gradiant.generated.model.Booking createBooking_generated() throws ApiException {
    return generated.createBooking();
  }

  /** {@return POST /bookings through Retrofit} */
  @Benchmark
  public Booking createBooking_retrofit() {
    return retrofit.createBooking();
  }

  /** {@return one page of 100 sessions through the SDK} */
  @Benchmark
  public Page<Session> listPage_sdk() {
    return sdk.listPage();
  }

  /** {@return one page of 100 sessions through the SDK with a no-op observer installed} */
  @Benchmark
  public Page<Session> listPage_sdkNoOpObserver() {
    return sdkNoOpObserver.listPage();
  }

  /**
   * {@return one page of 100 sessions through the SDK traced by the OpenTelemetry module, every
   * span recorded}
   */
  @Benchmark
  public Page<Session> listPage_sdkOtelRecorded() {
    return sdkOtelRecorded.listPage();
  }

  /**
   * {@return one page of 100 sessions through the SDK traced by the OpenTelemetry module, sampling
   * off}
   */
  @Benchmark
  public Page<Session> listPage_sdkOtelSampledOff() {
    return sdkOtelSampledOff.listPage();
  }

  /**
   * {@return one page of 100 sessions through the SDK traced by the OpenTelemetry module on the API
   * alone (no SDK installed)}
   */
  @Benchmark
  public Page<Session> listPage_sdkOtelNoSdk() {
    return sdkOtelNoSdk.listPage();
  }

  /**
   * {@return one page of 100 sessions by hand with the SDK's timestamp reader, traced by
   * OpenTelemetry's OkHttp instrumentation, every span recorded}
   */
  @Benchmark
  public List<Session> listPage_rawSdkTimestampsOtelRecorded() {
    return rawSdkTimestampsOtelRecorded.listPage();
  }

  /**
   * {@return one page of 100 sessions by hand with the SDK's timestamp reader, traced by
   * OpenTelemetry's OkHttp instrumentation, sampling off}
   */
  @Benchmark
  public List<Session> listPage_rawSdkTimestampsOtelSampledOff() {
    return rawSdkTimestampsOtelSampledOff.listPage();
  }

  /** {@return one page of 100 sessions by hand} */
  @Benchmark
  public List<Session> listPage_raw() {
    return raw.listPage();
  }

  /** {@return the same by hand, with an OkHttp call timeout armed as the SDK's call deadline is} */
  @Benchmark
  public List<Session> listPage_rawCallTimeout() {
    return rawCallTimeout.listPage();
  }

  /** {@return the same by hand, with the SDK's timestamp reader on the mapper} */
  @Benchmark
  public List<Session> listPage_rawSdkTimestamps() {
    return rawSdkTimestamps.listPage();
  }

  /**
   * @return one page of 100 sessions through the generated client
   * @throws ApiException never here
   */
  @Benchmark
  public Object listPage_generated() throws ApiException {
    return generated.listPage();
  }

  /** {@return one page of 100 sessions through Retrofit} */
  @Benchmark
  public List<Session> listPage_retrofit() {
    return retrofit.listPage();
  }
}
