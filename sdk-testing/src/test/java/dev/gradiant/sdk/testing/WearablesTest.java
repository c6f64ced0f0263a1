package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.wearables.WearableIngestException;
import dev.gradiant.sdk.wearables.WearableIngestParams;
import dev.gradiant.sdk.wearables.WearableIngestResult;
import dev.gradiant.sdk.wearables.WearableMetric;
import dev.gradiant.sdk.wearables.WearableSample;
import dev.gradiant.sdk.wearables.WearableSampleRejection;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's wearable ingestion through the SDK: the 500-sample maximum, per-sample rejections
 * in the caller's indices, and a lost answer retried under the same key without a duplicate.
 */
class WearablesTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private static WearableSample steps(int i, Instant at) {
    return WearableSample.builder()
        .deviceId("dev_watch_1")
        .metric(WearableMetric.STEPS)
        .unit("count")
        .value(10 + i)
        .recordedAt(at.minusSeconds(i))
        .build();
  }

  private List<RecordedRequest> ingests() {
    return sandbox.requests().stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith("/wearables/samples"))
        .toList();
  }

  @Test
  void aBatchOfTwelveHundredGoesInThreeRequestsWithRejectionsInTheCallersIndices() {
    Instant now = Instant.now();
    List<WearableSample> samples =
        new ArrayList<>(IntStream.range(0, 1200).mapToObj(i -> steps(i, now)).toList());
    samples.set(7, samples.get(7).toBuilder().value(-5).build());
    samples.set(
        612, samples.get(612).toBuilder().metric(WearableMetric.HEART_RATE).unit("bpm").build());
    samples.set(613, samples.get(613).toBuilder().unit("steps").build());
    samples.set(
        1100, samples.get(1100).toBuilder().recordedAt(now.plus(Duration.ofHours(2))).build());
    samples.set(
        1101,
        samples.get(1101).toBuilder()
            .metric(WearableMetric.of("blood_glucose"))
            .unit("mg/dL")
            .value(new BigDecimal("97.5"))
            .build());

    WearableIngestResult result = client.wearables().ingest(sandbox.demoUserId(), samples);

    assertThat(result.accepted()).isEqualTo(1196);
    assertThat(sandbox.wearableSamples(sandbox.demoUserId())).isEqualTo(1196);
    assertThat(result.rejected())
        .extracting(WearableSampleRejection::index, WearableSampleRejection::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple(612, "INVALID_VALUE"),
            org.assertj.core.groups.Tuple.tuple(613, "UNSUPPORTED_UNIT"),
            org.assertj.core.groups.Tuple.tuple(1100, "TIMESTAMP_IN_FUTURE"));
    assertThat(result.rejected()).allSatisfy(r -> assertThat(r.message()).doesNotContain("-5"));
    assertThat(ingests()).extracting(RecordedRequest::status).containsExactly(200, 200, 200);
    assertThat(ingests())
        .extracting(r -> r.header("Idempotency-Key").orElseThrow())
        .doesNotHaveDuplicates();
  }

  @Test
  void moreThanFiveHundredInOneRequestIsRefusedWhole() throws Exception {
    StringBuilder body = new StringBuilder("{\"samples\": [");
    for (int i = 0; i < 501; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"deviceId\":\"d\",\"metric\":\"steps\",\"unit\":\"count\",\"value\":1,")
          .append("\"recordedAt\":\"2024-01-01T00:00:00Z\"}");
    }
    body.append("]}");

    HttpResponse<String> tooMany =
        TestSupport.send(
            sandbox,
            "POST",
            "/users/" + sandbox.demoUserId() + "/wearables/samples",
            body.toString());
    HttpResponse<String> unknownField =
        TestSupport.send(
            sandbox,
            "POST",
            "/users/" + sandbox.demoUserId() + "/wearables/samples",
            "{\"samples\": [{\"deviceId\":\"d\",\"metric\":\"steps\",\"unit\":\"count\","
                + "\"value\":1,\"recordedAt\":\"2024-01-01T00:00:00Z\",\"note\":\"x\"}]}");

    assertThat(tooMany.statusCode()).isEqualTo(422);
    assertThat(unknownField.statusCode()).isEqualTo(422);
    JsonNode error = TestSupport.JSON.readTree(unknownField.body());
    assertThat(error.toString()).contains("samples[0].note");
  }

  @Test
  void anUnknownUserIsNotFound() {
    assertThat(
            catchThrowableOfType(
                WearableIngestException.class,
                () -> client.wearables().ingest("user_nope", List.of(steps(0, Instant.now())))))
        .extracting(Throwable::getCause)
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLostAnswerIsRetriedUnderTheSameKeyAndNothingIsStoredTwice() {
    Instant now = Instant.now();
    List<WearableSample> samples = IntStream.range(0, 6).mapToObj(i -> steps(i, now)).toList();
    sandbox.dropResponseOfNext(1);

    WearableIngestResult result =
        client
            .wearables()
            .ingest(
                sandbox.demoUserId(),
                WearableIngestParams.builder().samples(samples).chunkSize(2).build());

    assertThat(result.accepted()).isEqualTo(6);
    List<RecordedRequest> attempts = ingests();
    assertThat(attempts).extracting(RecordedRequest::status).containsExactly(0, 200, 200, 200);
    assertThat(attempts.get(0).header("Idempotency-Key"))
        .isEqualTo(attempts.get(1).header("Idempotency-Key"));
    assertThat(sandbox.wearableSamples(sandbox.demoUserId())).isEqualTo(6);
  }
}
