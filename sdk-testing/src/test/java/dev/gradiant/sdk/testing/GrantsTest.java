package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.grants.Grant;
import dev.gradiant.sdk.grants.GrantListParams;
import dev.gradiant.sdk.grants.GrantScope;
import dev.gradiant.sdk.grants.GrantStatus;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's demo grants, read through the SDK. */
class GrantsTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void theOutgoingListHoldsTheGrantsTheDemoUserAskedForNewestFirst() {
    assertThat(client.grants().listOutgoing().items())
        .extracting(Grant::id, g -> g.status().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("grant_demo_2", "pending"),
            org.assertj.core.groups.Tuple.tuple("grant_demo_1", "active"),
            org.assertj.core.groups.Tuple.tuple("grant_demo_3", "revoked"),
            org.assertj.core.groups.Tuple.tuple("grant_demo_4", "expired"));
  }

  @Test
  void activeGrantsAreThePatientsWhoseDataTheCallerMayRead() {
    var patients =
        client
            .grants()
            .listOutgoing(GrantListParams.builder().status(GrantStatus.ACTIVE).build())
            .items();

    assertThat(patients).extracting(Grant::grantorId).containsExactly("user_client1");
    Grant grant = patients.get(0);
    assertThat(grant.isActiveAt(Instant.now())).isTrue();
    assertThat(grant.covers(GrantScope.WEARABLES)).isTrue();
    assertThat(grant.grantorFirstName()).contains("Jamie");
  }

  @Test
  void aGrantIsReadByEitherPartyAndIsNotFoundForAnyoneElse() throws Exception {
    assertThat(client.grants().get("grant_demo_1").granteeId()).isEqualTo(sandbox.demoUserId());
    assertThat(client.grants().get("grant_demo_5").grantorId()).isEqualTo(sandbox.demoUserId());
    assertThat(client.async().grants().get("grant_demo_4").get().status())
        .isEqualTo(GrantStatus.EXPIRED);

    for (String id : new String[] {"grant_other_1", "grant_nope"}) {
      NotFoundException error =
          catchThrowableOfType(NotFoundException.class, () -> client.grants().get(id));
      assertThat(error.getMessage()).contains("Grant not found or access denied.");
    }
  }

  @Test
  void anUnknownStatusFilterIsABadRequest() {
    HttpResponse<String> raw =
        TestSupport.send(sandbox, "GET", "/grants/outgoing?status=sleeping", null);

    assertThat(raw.statusCode()).isEqualTo(400);
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    client
                        .grants()
                        .listOutgoing(
                            GrantListParams.builder().status(GrantStatus.of("sleeping")).build())))
        .isNotNull();
  }
}
