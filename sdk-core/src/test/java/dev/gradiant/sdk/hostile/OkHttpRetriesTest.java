package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.users.UserCreateParams;
import java.io.IOException;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OkHttp's own silent retry ({@code retryOnConnectionFailure}) is off: a request whose connection
 * is dropped after the server read it is sent again only by the SDK's retry loop, so {@code
 * maxRetries(n)} means at most {@code n + 1} transmissions and {@code attempts()} counts each one.
 * Each test first makes a call that is answered, so that the call under test goes out on a pooled
 * connection: the case OkHttp's retry was made for.
 */
class OkHttpRetriesTest {
  private final DroppingServer server = new DroppingServer(Payloads.envelope(Payloads.USER));
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  private GradiantClient client(Face face, int maxRetries) {
    return face.builder(server.baseUrl(), time)
        .apiToken("tok_live_9f8e7d")
        .maxRetries(maxRetries)
        .build();
  }

  private static UserCreateParams newUser() {
    return UserCreateParams.builder().email("user@example.com").build();
  }

  @Test
  void withoutRetriesADroppedGetIsSentExactlyOnce() {
    try (GradiantClient client = client(Face.BLOCKING, 0)) {
      client.users().me();
      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> client.users().me());

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(server.dropped()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void withoutRetriesADroppedCreateIsSentExactlyOnce() {
    try (GradiantClient client = client(Face.BLOCKING, 0)) {
      client.users().me();
      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> client.users().create(newUser()));

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(server.dropped()).isEqualTo(1);
  }

  @Test
  void twoRetriesOfADroppedGetAreExactlyThreeTransmissionsAndThreeAttempts() {
    try (GradiantClient client = client(Face.BLOCKING, 2)) {
      client.users().me();
      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> client.users().me());

      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).hasValue("connection failed");
    }
    assertThat(server.dropped()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void asyncWithoutRetriesADroppedGetIsSentExactlyOnce() {
    try (GradiantClient client = client(Face.ASYNC, 0)) {
      await(client.async().users().me());
      ConnectionException e = failure(ConnectionException.class, client.async().users().me());

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(server.dropped()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void asyncWithoutRetriesADroppedCreateIsSentExactlyOnce() {
    try (GradiantClient client = client(Face.ASYNC, 0)) {
      await(client.async().users().me());
      ConnectionException e =
          failure(ConnectionException.class, client.async().users().create(newUser()));

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(server.dropped()).isEqualTo(1);
  }

  @Test
  void asyncTwoRetriesOfADroppedGetAreExactlyThreeTransmissionsAndThreeAttempts() {
    try (GradiantClient client = client(Face.ASYNC, 2)) {
      await(client.async().users().me());
      ConnectionException e = failure(ConnectionException.class, client.async().users().me());

      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).hasValue("connection failed");
    }
    assertThat(server.dropped()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void aClientHandedInDoesNotRetrySilentlyEitherAndKeepsItsOwnSetting() {
    OkHttpClient own = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    try (GradiantClient client =
        TestClients.blocking(server.baseUrl(), time)
            .apiToken("tok_live_9f8e7d")
            .maxRetries(0)
            .httpClient(own)
            .build()) {
      client.users().me();
      ConnectionException blocking =
          catchThrowableOfType(ConnectionException.class, () -> client.users().create(newUser()));
      ConnectionException async =
          failure(ConnectionException.class, client.async().users().create(newUser()));

      assertThat(blocking.attempts()).isEqualTo(1);
      assertThat(async.attempts()).isEqualTo(1);
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
    assertThat(server.dropped()).isEqualTo(2);
    assertThat(own.retryOnConnectionFailure()).isTrue();
  }
}
