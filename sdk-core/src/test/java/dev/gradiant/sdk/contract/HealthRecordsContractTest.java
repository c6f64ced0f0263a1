package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.healthrecords.HealthRecordShare;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every health-records method sends what the spec allows and reads the spec's own examples. */
class HealthRecordsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.healthRecords().stream(), SdkCalls.healthRecordsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void everyRecordTypeTheSdkKnowsIsOneTheSpecTakes() {
    server.client().healthRecords().share(SdkCalls.SHARE_UNTIL);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body().utf8())
        .contains(
            "\"recordTypes\":[\"conditions\",\"allergies\",\"medications\",\"goals\","
                + "\"emergencyContact\"]");
  }

  @Test
  void createdShareExampleIsRead() {
    HealthRecordShare share = server.client().healthRecords().share(SdkCalls.SHARE_FOR_30_DAYS);

    assertThat(share.id()).isEqualTo("share_123");
    assertThat(share.userId()).isEqualTo("user_123");
    assertThat(share.practitionerId()).isEqualTo("prac_123");
    assertThat(share.recordTypes())
        .containsExactly(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS);
    assertThat(share.expiresAt()).isEqualTo(Instant.parse("2024-12-31T23:59:59Z"));
  }

  @Test
  void sharePageExampleIsRead() {
    Page<HealthRecordShare> page =
        server.client().healthRecords().listForUser("user_123", SdkCalls.SHARE_PAGE);

    assertThat(page.total()).contains(1L);
    assertThat(page.items()).extracting(HealthRecordShare::id).containsExactly("share_123");
  }

  @Test
  void revokeReadsTheDocumentedNoContentAnswer() {
    ApiResponse<Void> response =
        server.client().healthRecords().withRawResponse().revoke(SdkCalls.SHARE_ID);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.data()).isNull();
  }
}
