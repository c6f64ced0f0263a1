package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpoint;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointListParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaginationTest {
  private final GradiantSandbox sandbox = GradiantSandbox.builder().demoSessions(53).start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void pagesReportTheirTotalLimitAndOffsetHonestly() {
    Page<Session> first = client.sessions().list(SessionListParams.builder().limit(10).build());
    Page<Session> last =
        client.sessions().list(SessionListParams.builder().limit(10).offset(50).build());
    Page<Session> beyond =
        client.sessions().list(SessionListParams.builder().limit(10).offset(60).build());

    assertThat(first.total()).contains(53L);
    assertThat(first.limit()).isEqualTo(10);
    assertThat(first.offset()).isZero();
    assertThat(first.items()).hasSize(10);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(last.items()).hasSize(3);
    assertThat(last.offset()).isEqualTo(50);
    assertThat(last.hasNextPage()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).contains(53L);
    assertThat(client.sessions().list().limit()).isEqualTo(20);
  }

  @Test
  void autoPagerWalksEveryItemOnceOldestFirst() {
    sandbox.clearRequests();

    List<Session> all =
        client.sessions().list(SessionListParams.builder().limit(7).build()).autoPager().stream()
            .toList();

    assertThat(all).hasSize(53);
    Set<String> ids = new HashSet<>();
    all.forEach(s -> ids.add(s.id()));
    assertThat(ids).hasSize(53);
    assertThat(all)
        .isSortedAccordingTo(
            (a, b) -> a.createdAt().orElseThrow().compareTo(b.createdAt().orElseThrow()));
    assertThat(sandbox.requests()).hasSize(8);
    assertThat(sandbox.requests().get(7).queryParam("offset")).contains("49");
  }

  @Test
  void emptyListsAndSecretFreeListings() {
    assertThat(client.webhookEndpoints().list().total()).contains(0L);
    for (int i = 0; i < 3; i++) {
      client
          .webhookEndpoints()
          .create(
              WebhookEndpointCreateParams.builder()
                  .url("https://example.com/hooks/" + i)
                  .events(WebhookEventType.BOOKING_CREATED)
                  .build());
    }

    Page<WebhookEndpoint> page =
        client.webhookEndpoints().list(WebhookEndpointListParams.builder().limit(2).build());

    assertThat(page.total()).contains(3L);
    assertThat(page.autoPager().stream()).hasSize(3).allMatch(e -> e.secret().isEmpty());
    JsonNode raw = TestSupport.json(TestSupport.send(sandbox, "GET", "/webhooks", null));
    assertThat(raw.at("/data/0").has("secret")).isFalse();
    assertThat(raw.at("/meta/total").asInt()).isEqualTo(3);
  }
}
