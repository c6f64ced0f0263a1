package dev.gradiant.sdk.wearables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code wearables().ingest(..)}: a batch is cut into requests of at most 500 samples (or the
 * chosen chunk size), sent in order, each with its own {@code Idempotency-Key}; rejections come
 * back in the caller's indices; a request that fails for good stops the batch with its progress,
 * and {@code resume} sends the rest, the failed request under its own key.
 */
class WearablesClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/v1/users/user_123/wearables/samples";
  private static final Instant AT = Instant.parse("2024-03-21T10:00:00Z");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  static WearableSample heartRate(int i) {
    return WearableSample.builder()
        .deviceId("dev_watch_1")
        .metric(WearableMetric.HEART_RATE)
        .unit("bpm")
        .value(60 + i % 40)
        .recordedAt(AT.plusSeconds(i))
        .build();
  }

  static List<WearableSample> samples(int count) {
    return IntStream.range(0, count).mapToObj(WearablesClientTest::heartRate).toList();
  }

  private static String answer(int accepted, String rejected) {
    return Payloads.envelope("{\"accepted\": " + accepted + ", \"rejected\": [" + rejected + "]}");
  }

  private static String rejection(int index, String code) {
    return "{\"index\": " + index + ", \"code\": \"" + code + "\", \"message\": \"no\"}";
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void aSmallBatchIsOneRequestWithTheDocumentedBodyAndTheExactValue() throws Exception {
    api.enqueueJson(200, answer(2, ""), "X-Request-ID", "req_1");
    WearableSample temperature =
        WearableSample.builder()
            .deviceId("dev_ring_2")
            .metric(WearableMetric.BODY_TEMPERATURE)
            .unit("degC")
            .value(new BigDecimal("36.60"))
            .recordedAt(AT)
            .build();

    ApiResponse<WearableIngestResult> response =
        client.wearables().withRawResponse().ingest("user_123", List.of(heartRate(0), temperature));

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", PATH);
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"samples\":[{\"deviceId\":\"dev_watch_1\",\"metric\":\"heart_rate\",\"unit\":\"bpm\","
                + "\"value\":60,\"recordedAt\":\"2024-03-21T10:00:00Z\"},"
                + "{\"deviceId\":\"dev_ring_2\",\"metric\":\"body_temperature\",\"unit\":\"degC\","
                + "\"value\":36.60,\"recordedAt\":\"2024-03-21T10:00:00Z\"}]}");
    assertThat(response.data().accepted()).isEqualTo(2);
    assertThat(response.data().rejected()).isEmpty();
    assertThat(response.data().requestIds()).containsExactly("req_1");
    assertThat(response.requestId()).contains("req_1");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aLargeBatchIsSentInOrderedChunksOfFiveHundredWithRejectionsInTheCallersIndices()
      throws Exception {
    api.enqueueJson(200, answer(500, ""), "X-Request-ID", "req_1")
        .enqueueJson(
            200,
            answer(498, rejection(3, "INVALID_VALUE") + "," + rejection(499, "X")),
            "X-Request-ID",
            "req_2")
        .enqueueJson(
            200, answer(200, rejection(0, "TIMESTAMP_IN_FUTURE")), "X-Request-ID", "req_3");
    List<WearableSample> samples = samples(1201);

    WearableIngestResult result = client.wearables().ingest("user_123", samples);

    List<String> keys = new ArrayList<>();
    int[] sizes = {500, 500, 201};
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = api.takeRequest();
      Wire.assertRequestLine(request, "POST", PATH);
      keys.add(Wire.assertIdempotencyKey(request));
      JsonNode sent = body(request).get("samples");
      assertThat(sent).hasSize(sizes[i]);
      assertThat(Instant.parse(sent.get(0).get("recordedAt").asText()))
          .as("chunk %s starts at the caller's sample %s", i, 500 * i)
          .isEqualTo(AT.plusSeconds(500L * i));
    }
    assertThat(keys).doesNotHaveDuplicates();
    assertThat(api.requestCount()).isEqualTo(3);
    assertThat(result.accepted()).isEqualTo(1198);
    assertThat(result.rejected())
        .extracting(WearableSampleRejection::index, WearableSampleRejection::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(503, "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple(999, "X"),
            org.assertj.core.groups.Tuple.tuple(1000, "TIMESTAMP_IN_FUTURE"));
    assertThat(samples.get(result.rejected().get(2).index()).recordedAt())
        .isEqualTo(AT.plusSeconds(1000));
    assertThat(result.requestIds()).containsExactly("req_1", "req_2", "req_3");
  }

  @Test
  void rejectionsComeInTheCallersIndexOrderWhenTheServerListsThemOutOfOrder() throws Exception {
    api.enqueueJson(
            200, answer(1, rejection(2, "C") + "," + rejection(0, "A") + "," + rejection(1, "B")))
        .enqueueJson(200, answer(0, rejection(1, "E") + "," + rejection(0, "D")));

    WearableIngestResult result =
        client
            .wearables()
            .ingest(
                "user_123",
                WearableIngestParams.builder().samples(samples(6)).chunkSize(4).build());

    assertThat(result.rejected())
        .extracting(WearableSampleRejection::index, WearableSampleRejection::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "A"),
            org.assertj.core.groups.Tuple.tuple(1, "B"),
            org.assertj.core.groups.Tuple.tuple(2, "C"),
            org.assertj.core.groups.Tuple.tuple(4, "D"),
            org.assertj.core.groups.Tuple.tuple(5, "E"));
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aRequestThatFailsForGoodStopsTheBatchAndResumeSendsTheRestUnderTheSameKey()
      throws Exception {
    api.enqueueJson(200, answer(1, rejection(1, "UNSUPPORTED_UNIT")))
        .enqueueJson(
            422,
            "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"bad\"}}",
            "X-Request-ID",
            "req_bad");
    List<WearableSample> samples = samples(5);
    WearableIngestParams params =
        WearableIngestParams.builder().samples(samples).chunkSize(2).build();

    WearableIngestException stopped =
        catchThrowableOfType(
            WearableIngestException.class, () -> client.wearables().ingest("user_123", params));

    assertThat(stopped.getCause()).isInstanceOf(UnprocessableEntityException.class);
    assertThat(stopped.completed().accepted()).isEqualTo(1);
    assertThat(stopped.completed().rejected())
        .extracting(WearableSampleRejection::index)
        .containsExactly(1);
    assertThat(stopped.unconfirmedFromIndex()).isEqualTo(2);
    assertThat(stopped.unconfirmedSamples()).isEqualTo(samples.subList(2, 5));
    assertThat(stopped.getMessage())
        .contains("request 2 of 3", "samples 2 to 3 of 5", "resume")
        .doesNotContain("60", "bpm");
    String first = Wire.assertIdempotencyKey(api.takeRequest());
    String failed = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(api.requestCount()).as("the third chunk is not sent").isEqualTo(2);

    api.enqueueJson(200, answer(2, "")).enqueueJson(200, answer(0, rejection(0, "INVALID_VALUE")));
    WearableIngestResult resumed = client.wearables().resume(stopped);

    RecordedRequest again = api.takeRequest();
    assertThat(again.getHeaders().get("Idempotency-Key")).isEqualTo(failed);
    assertThat(body(again).get("samples")).hasSize(2);
    RecordedRequest last = api.takeRequest();
    assertThat(last.getHeaders().get("Idempotency-Key")).isNotIn(first, failed);
    assertThat(body(last).get("samples")).hasSize(1);
    assertThat(resumed.accepted()).isEqualTo(3);
    assertThat(resumed.rejected()).extracting(WearableSampleRejection::index).containsExactly(1, 4);
    assertThat(api.requestCount()).isEqualTo(4);
  }

  @Test
  void theAsyncFaceSplitsStopsAndResumesTheSameWay() throws Exception {
    api.enqueueJson(200, answer(2, ""))
        .enqueueJson(500, "{\"error\": {\"code\": \"INTERNAL\", \"message\": \"down\"}}");
    WearableIngestParams params =
        WearableIngestParams.builder().samples(samples(5)).chunkSize(2).build();

    ExecutionException failure =
        catchThrowableOfType(
            ExecutionException.class,
            () -> client.async().wearables().ingest("user_123", params).get(5, TimeUnit.SECONDS));

    WearableIngestException stopped = (WearableIngestException) failure.getCause();
    assertThat(stopped.completed().accepted()).isEqualTo(2);
    assertThat(stopped.unconfirmedFromIndex()).isEqualTo(2);
    api.takeRequest();
    String failed = Wire.assertIdempotencyKey(api.takeRequest());

    api.enqueueJson(200, answer(2, "")).enqueueJson(200, answer(1, ""));
    WearableIngestResult resumed =
        client.async().wearables().resume(stopped).get(5, TimeUnit.SECONDS);

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(failed);
    api.takeRequest();
    assertThat(resumed.accepted()).isEqualTo(5);
    assertThat(api.requestCount()).isEqualTo(4);
  }

  @Test
  void aCallersKeyNamesTheWholeBatchAndEachChunkKeyIsDerivedFromIt() throws Exception {
    api.enqueueJson(200, answer(2, "")).enqueueJson(200, answer(1, ""));
    WearablesClient view =
        client
            .wearables()
            .withOptions(RequestOptions.builder().idempotencyKey("sync-2024-03-21").build());

    view.ingest(
        "user_123", WearableIngestParams.builder().samples(samples(3)).chunkSize(2).build());

    String user = userHash("user_123");
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo("sync-2024-03-21:" + user + ":0-2");
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo("sync-2024-03-21:" + user + ":2-3");
    assertThatThrownBy(() -> view.ingest("user_123", samples(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already used");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void theSameBatchKeyUsedForTwoUsersDerivesDifferentChunkKeys() throws Exception {
    api.enqueueJson(200, answer(1, "")).enqueueJson(200, answer(1, ""));
    RequestOptions sameKey = RequestOptions.builder().idempotencyKey("nightly-sync").build();

    client.wearables().withOptions(sameKey).ingest("user_123", samples(1));
    client.wearables().withOptions(sameKey).ingest("user_456", samples(1));

    String first = api.takeRequest().getHeaders().get("Idempotency-Key");
    String second = api.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isEqualTo("nightly-sync:" + userHash("user_123") + ":0-1");
    assertThat(second).isEqualTo("nightly-sync:" + userHash("user_456") + ":0-1");
    assertThat(first).isNotEqualTo(second).doesNotContain("user_123");
  }

  /** The first 12 hex digits of the SHA-256 of the user id's UTF-8 bytes. */
  private static String userHash(String userId) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 12);
  }

  @Test
  void anAnswerThatDoesNotAccountForTheChunkStopsTheBatch() {
    api.enqueueJson(200, answer(2, rejection(0, "INVALID_VALUE")));

    WearableIngestException stopped =
        catchThrowableOfType(
            WearableIngestException.class, () -> client.wearables().ingest("user_123", samples(2)));

    assertThat(stopped.getCause()).hasMessageContaining("accounts for 3 samples of a request of 2");
    assertThat(stopped.unconfirmedFromIndex()).isZero();
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    List<WearableSample> withNull = new ArrayList<>(samples(2));
    withNull.add(null);

    assertThatThrownBy(() -> client.wearables().ingest("user_123", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("samples must hold at least one sample");
    assertThatThrownBy(() -> client.wearables().ingest("user_123", withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("samples[2] must not be null");
    assertThatThrownBy(() -> client.wearables().ingest(" ", samples(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> client.async().wearables().ingest("../users", samples(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> WearableIngestParams.builder().chunkSize(501))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunkSize must be between 1 and 500, got 501");
    assertThatThrownBy(
            () ->
                WearableSample.builder()
                    .deviceId("dev_1")
                    .metric(WearableMetric.STEPS)
                    .unit("count")
                    .recordedAt(AT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WearableSample.value is required");
    assertThatThrownBy(() -> heartRate(0).toBuilder().deviceId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WearableSample.deviceId must not be blank");
    assertThatThrownBy(() -> heartRate(0).toBuilder().unit("u".repeat(33)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WearableSample.unit must be at most 32 characters");
    assertThatThrownBy(() -> WearableMetric.of("Heart Rate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metric must be a lower-case name");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void samplesAndRejectionsNeverPrintTheirHealthData() {
    WearableSample sample = heartRate(7).toBuilder().value(new BigDecimal("187.25")).build();
    WearableSampleRejection rejection =
        WearableSampleRejection.builder()
            .index(4)
            .code("INVALID_VALUE")
            .message("heart_rate 187.25 is out of range")
            .build();

    assertThat(sample.toString()).contains("heart_rate").doesNotContain("187");
    assertThat(rejection.toString()).contains("INVALID_VALUE").doesNotContain("187");
    assertThat(WearableIngestParams.builder().samples(List.of(sample)).build().toString())
        .doesNotContain("187");
  }
}
