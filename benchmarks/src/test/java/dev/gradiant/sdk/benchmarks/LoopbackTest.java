package dev.gradiant.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.generated.client.ApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The loopback server answers only what the clients under test send, and the tally adds up. */
class LoopbackTest {
  private static final String TOKEN = "Bearer " + Fixtures.TOKEN;

  @Test
  void aCallWithoutTheTokenIsRefusedSoNoClientIsMeasuredDoingLess() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(CannedApi.standard())) {
      OkHttpClient http = new OkHttpClient();
      String url = server.baseUrl() + "/sessions/" + Fixtures.SESSION_ID;

      try (Response anonymous = http.newCall(new Request.Builder().url(url).build()).execute()) {
        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(anonymous.body().string()).contains("UNAUTHORIZED");
      }
      try (Response signed =
          http.newCall(new Request.Builder().url(url).header("Authorization", TOKEN).build())
              .execute()) {
        assertThat(signed.code()).isEqualTo(200);
        assertThat(signed.body().bytes()).isEqualTo(Fixtures.sessionBody());
      }
    }
  }

  @Test
  void postBodiesAreReadSoTheNextRequestOnTheConnectionParses() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(CannedApi.standard())) {
      OkHttpClient http = new OkHttpClient();
      for (int i = 0; i < 3; i++) {
        Request post =
            new Request.Builder()
                .url(server.baseUrl() + "/bookings")
                .header("Authorization", TOKEN)
                .post(RequestBody.create("{\"sessionId\":\"sess_1\"}", MediaType.get("text/plain")))
                .build();
        try (Response created = http.newCall(post).execute()) {
          assertThat(created.code()).isEqualTo(201);
          assertThat(created.body().bytes()).isEqualTo(Fixtures.bookingBody());
        }
      }
      assertThat(http.connectionPool().connectionCount()).isEqualTo(1);
    }
  }

  @Test
  void aChunkedBodyEndsTheConnectionInsteadOfBeingMisread() {
    try (LoopbackServer server = LoopbackServer.start(CannedApi.standard())) {
      OkHttpClient http = new OkHttpClient();
      RequestBody unknownLength =
          new RequestBody() {
            @Override
            public MediaType contentType() {
              return MediaType.get("application/json");
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
              sink.writeUtf8("{}");
            }
          };
      Request post =
          new Request.Builder()
              .url(server.baseUrl() + "/bookings")
              .header("Authorization", TOKEN)
              .post(unknownLength)
              .build();

      assertThatThrownBy(() -> http.newCall(post).execute().close())
          .isInstanceOf(IOException.class);
      assertThat(server.failure()).hasMessageContaining("Content-Length");
    }
  }

  @Test
  void theRawCallsWithSdkHeadersSendTheSdksHeadersAndNoOthers() {
    try (LoopbackServer server = LoopbackServer.start(CannedApi.standard())) {
      List<Request> sent = new ArrayList<>();
      OkHttpClient http =
          new OkHttpClient.Builder()
              .addNetworkInterceptor(
                  chain -> {
                    sent.add(chain.request());
                    return chain.proceed(chain.request());
                  })
              .build();
      try (SdkCalls sdk = new SdkCalls(server.baseUrl(), http)) {
        sdk.getSession();
        sdk.createBooking();
      }
      RawCalls raw = RawCalls.withSdkHeaders(server.baseUrl(), http);
      raw.getSession();
      raw.createBooking();
      raw.createBooking();

      assertThat(sent).hasSize(5);
      for (int call = 0; call < 2; call++) {
        Headers sdkHeaders = sent.get(call).headers();
        Headers rawHeaders = sent.get(call + 2).headers();
        assertThat(rawHeaders.names()).isEqualTo(sdkHeaders.names());
        assertThat(rawHeaders.get("User-Agent")).isEqualTo(sdkHeaders.get("User-Agent"));
        assertThat(rawHeaders.byteCount()).isEqualTo(sdkHeaders.byteCount());
      }
      String first = sent.get(3).header("Idempotency-Key");
      String second = sent.get(4).header("Idempotency-Key");
      assertThat(List.of(first, second))
          .allSatisfy(
              key ->
                  assertThat(key)
                      .matches(
                          "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
      assertThat(first).isNotEqualTo(second);
    }
  }

  @Test
  void anInterleavedOperationTalliesOneRunPerClient() throws ApiException {
    LoopbackBenchmark benchmark = new LoopbackBenchmark();
    LoopbackBenchmark.Tally tally = new LoopbackBenchmark.Tally();
    Blackhole sink =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    benchmark.start();
    try {
      tally.reset();
      benchmark.getSession_interleaved(tally, sink);

      assertThat(tally.calls).isEqualTo(LoopbackBenchmark.RUN);
      assertThat(
              List.of(
                  tally.sdkNanos, tally.rawNanos, tally.generatedNanos, tally.rawSdkHeadersNanos))
          .allSatisfy(nanos -> assertThat(nanos).isPositive());
      assertThat(
              List.of(
                  tally.sdkBytes, tally.rawBytes, tally.generatedBytes, tally.rawSdkHeadersBytes))
          .allSatisfy(bytes -> assertThat(bytes).isPositive());

      tally.reset();
      benchmark.walk10k_interleaved(tally, sink);
      assertThat(tally.calls).isEqualTo(1);
    } finally {
      benchmark.stop();
      sink.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }
  }
}
