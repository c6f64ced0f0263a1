package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.grants.Grant;
import dev.gradiant.sdk.grants.GrantScope;
import dev.gradiant.sdk.grants.GrantStatus;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every grants method sends what the spec allows and reads the spec's own examples. */
class GrantsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.grants().stream(), SdkCalls.grantsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void theDocumentedGrantIsReadWithEveryField() {
    Grant grant = server.client().grants().get(SdkCalls.GRANT_ID);

    assertThat(grant.id()).isEqualTo("grant_123");
    assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
    assertThat(grant.scopes()).allMatch(GrantScope::isKnown).hasSize(3);
    assertThat(grant.grantorFirstName()).contains("John");
    assertThat(grant.isActiveAt(Instant.parse("2024-03-21T10:30:00Z"))).isTrue();
  }

  @Test
  void theDocumentedPageIsRead() {
    Page<Grant> page = server.client().grants().listOutgoing(SdkCalls.ACTIVE_GRANTS);

    assertThat(page.total()).contains(1L);
    assertThat(page.items()).extracting(Grant::grantorId).containsExactly("user_123");
  }
}
