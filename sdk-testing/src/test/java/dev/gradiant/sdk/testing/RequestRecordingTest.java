package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserListParams;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRecordingTest {

  @Test
  void everyRequestIsRecordedAsItArrivedWithItsStatus() {
    MutableClock clock = new MutableClock(Instant.parse("2024-05-01T09:00:00Z"));
    try (GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).seed(7).start();
        GradiantClient client = TestSupport.client(sandbox)) {
      client.users().create(UserCreateParams.builder().email("rec@clinic.example").build());
      client.users().list(UserListParams.builder().limit(3).offset(1).build());
      TestSupport.send(sandbox, "GET", "/users/user_nobody", null);

      List<RecordedRequest> requests = sandbox.requests();

      assertThat(requests).hasSize(3);
      RecordedRequest create = requests.get(0);
      assertThat(create.method()).isEqualTo("POST");
      assertThat(create.path()).isEqualTo("/users");
      assertThat(create.status()).isEqualTo(201);
      assertThat(create.header("authorization")).contains("Bearer " + sandbox.apiToken());
      assertThat(create.header("Idempotency-Key"))
          .hasValueSatisfying(key -> assertThat(key).isNotBlank());
      assertThat(create.header("X-Missing")).isEmpty();
      assertThat(create.body()).isEqualTo("{\"email\":\"rec@clinic.example\"}");
      assertThat(create.bodyBytes()).hasSize(create.body().length());
      assertThat(create.receivedAt()).isEqualTo(clock.instant());
      assertThat(create.toString())
          .isEqualTo("RecordedRequest[POST /users -> 201]")
          .doesNotContain("rec@clinic.example");
      RecordedRequest list = requests.get(1);
      assertThat(list.queryParam("limit")).contains("3");
      assertThat(list.queryParam("offset")).contains("1");
      assertThat(list.queryParam("missing")).isEmpty();
      assertThat(list.query()).containsOnlyKeys("limit", "offset");
      assertThat(requests.get(2).status()).isEqualTo(404);

      sandbox.clearRequests();
      assertThat(sandbox.requests()).isEmpty();
    }
  }

  @Test
  void aFixedSeedGivesTheSameIdsAndResetStartsOver() {
    String first;
    try (GradiantSandbox sandbox = GradiantSandbox.builder().seed(42).start();
        GradiantClient client = TestSupport.client(sandbox)) {
      first =
          client.users().create(UserCreateParams.builder().email("s@clinic.example").build()).id();

      sandbox.reset();

      assertThat(client.users().list().total()).contains(5L);
      assertThat(
              client
                  .users()
                  .create(UserCreateParams.builder().email("s@clinic.example").build())
                  .id())
          .isEqualTo(first);
    }
    try (GradiantSandbox again = GradiantSandbox.builder().seed(42).start();
        GradiantClient client = TestSupport.client(again)) {
      assertThat(
              client
                  .users()
                  .create(UserCreateParams.builder().email("s@clinic.example").build())
                  .id())
          .isEqualTo(first);
    }
  }

  @Test
  void concurrentCallersAreServedConsistently() throws Exception {
    try (GradiantSandbox sandbox = GradiantSandbox.start();
        GradiantClient client = TestSupport.client(sandbox)) {
      List<Thread> threads = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int n = t;
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    client
                        .users()
                        .create(
                            UserCreateParams.builder()
                                .email("c" + n + "." + i + "@clinic.example")
                                .build());
                  }
                });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join(20_000);
      }

      assertThat(client.users().list().total()).contains(85L);
      assertThat(sandbox.requests()).hasSize(81);
    }
  }
}
