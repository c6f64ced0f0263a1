package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RateLimitFaultClients;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.ClientFailureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever fails inside a call, the caller sees a {@code GradiantException} (here a {@link
 * ClientFailureException} carrying the original), or one of the exceptions documented for the
 * caller's own mistakes, on both faces. The failures come from a credentials provider, the one
 * piece of the chain a test can make throw anything through the public API.
 */
class OnlyGradiantExceptionsEscapeTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String SECRET = "sk_live_do_not_leak_81c2";

  private static final FaultServer server = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  /** The two ways to make the same call. */
  enum Face {
    BLOCKING {
      @Override
      Object me(Credentials credentials, FakeTime time) {
        try (GradiantClient client =
            RateLimitFaultClients.blocking(server.apiBaseUrl(), time, credentials).build()) {
          return client.users().me();
        }
      }
    },
    ASYNC {
      @Override
      Object me(Credentials credentials, FakeTime time) {
        try (GradiantClient client =
            RateLimitFaultClients.async(server.apiBaseUrl(), time, credentials).build()) {
          return AsyncResults.await(client.async().users().me());
        }
      }
    };

    abstract Object me(Credentials credentials, FakeTime time);
  }

  @BeforeAll
  static void startServer() {
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static Credentials throwing(Supplier<RuntimeException> failure) {
    return () -> {
      throw failure.get();
    };
  }

  static Stream<Arguments> unexpectedFailures() {
    Stream<Supplier<RuntimeException>> failures =
        Stream.of(
            () -> new ArithmeticException("long overflow " + SECRET),
            () -> new UncheckedIOException(new IOException("vault read failed " + SECRET)),
            () -> new DateTimeParseException("bad expiry " + SECRET, SECRET, 0),
            () -> new UnsupportedOperationException(SECRET),
            () -> new ClassCastException(SECRET));
    return failures.flatMap(
        failure -> Stream.of(Face.values()).map(face -> Arguments.of(face, failure.get())));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("unexpectedFailures")
  void anUnexpectedRuntimeFailureIsAClientFailureCarryingIt(Face face, RuntimeException failure) {
    Throwable thrown = catchThrowable(() -> face.me(throwing(() -> failure), time));

    assertThat(thrown).isInstanceOf(ClientFailureException.class).hasCause(failure);
    assertThat(thrown.getCause()).isSameAs(failure);
    assertThat(thrown.getMessage())
        .isEqualTo(
            "GET /user failed inside the client with "
                + failure.getClass().getName()
                + " (see the cause)")
        .doesNotContain(SECRET);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theDocumentedExceptionsOfTheCallersOwnMistakesPassUnchanged(Face face) {
    IllegalStateException vaultDown = new IllegalStateException("vault unreachable");
    IllegalArgumentException badHeader = new IllegalArgumentException("bad header");
    NullPointerException noToken = new NullPointerException("no token");

    assertThat(catchThrowable(() -> face.me(throwing(() -> vaultDown), time))).isSameAs(vaultDown);
    assertThat(catchThrowable(() -> face.me(throwing(() -> badHeader), time))).isSameAs(badHeader);
    assertThat(catchThrowable(() -> face.me(throwing(() -> noToken), time))).isSameAs(noToken);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aCheckedFailureOfAnAsynchronousProviderIsAClientFailureToo() throws Exception {
    IOException vaultDown = new IOException("vault unreachable");
    Credentials failing =
        new Credentials() {
          @Override
          public Map<String, String> authHeaders() {
            return Map.of("Authorization", "Bearer " + SECRET);
          }

          @Override
          public CompletableFuture<Map<String, String>> authHeadersAsync() {
            return CompletableFuture.failedFuture(vaultDown);
          }
        };

    try (GradiantClient client =
        RateLimitFaultClients.async(server.apiBaseUrl(), time, failing).build()) {
      CompletableFuture<?> call = client.async().users().me();
      Throwable thrown = catchThrowable(() -> call.get(30, TimeUnit.SECONDS));

      assertThat(thrown).isInstanceOf(ExecutionException.class);
      assertThat(thrown.getCause()).isInstanceOf(ClientFailureException.class).hasCause(vaultDown);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
