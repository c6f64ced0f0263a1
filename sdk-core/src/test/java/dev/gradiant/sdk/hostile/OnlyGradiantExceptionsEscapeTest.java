package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.http.ClientStateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * Whatever fails inside a call, the caller sees a {@code GradiantException} (a {@link
 * ClientFailureException} carrying the original, or a {@link MalformedResponseException} for a body
 * the models cannot hold), or the {@link IllegalStateException} of the SDK's own refusal to send,
 * on both faces. The failures come from a credentials provider, the one piece of the chain a test
 * can make throw anything through the public API, and from a hostile body. (Failures of decoding
 * itself: {@code GuardedDecodingTest}.)
 */
class OnlyGradiantExceptionsEscapeTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String SECRET = "sk_live_do_not_leak_81c2";

  private static final FaultServer server = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  /**
   * Makes {@code GET /user} through {@code face} on a client of its own, with {@code credentials}.
   */
  private Object me(Face face, Credentials credentials) {
    try (GradiantClient client =
        face.builder(server.apiBaseUrl(), time).credentials(credentials).build()) {
      return face.me(client);
    }
  }

  /** Lists users through {@code face} on a client of its own, with a bearer token. */
  private Object listUsers(Face face) {
    try (GradiantClient client =
        face.builder(server.apiBaseUrl(), time).apiToken("tok_live_9f8e7d").build()) {
      return face.call(
          client,
          c -> c.users().list().items(),
          a -> a.users().list().thenApply(page -> page.items()));
    }
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
    Throwable thrown = catchThrowable(() -> me(face, throwing(() -> failure)));

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

  /**
   * The exceptions documented for the caller's own mistakes are the SDK's to throw, before sending:
   * thrown by a credentials provider, they are a failure inside the call like any other.
   */
  @ParameterizedTest
  @EnumSource(Face.class)
  void aProvidersOwnIllegalStateArgumentOrNullIsAClientFailureNotTheCallersMistake(Face face) {
    IllegalStateException vaultDown = new IllegalStateException("vault unreachable " + SECRET);
    IllegalArgumentException badHeader = new IllegalArgumentException("bad header " + SECRET);
    NullPointerException noToken = new NullPointerException("no token " + SECRET);

    for (RuntimeException failure : List.of(vaultDown, badHeader, noToken)) {
      Throwable thrown = catchThrowable(() -> me(face, throwing(() -> failure)));

      assertThat(thrown).isInstanceOf(ClientFailureException.class);
      assertThat(thrown.getCause()).isSameAs(failure);
      assertThat(thrown.getMessage())
          .isEqualTo(
              "GET /user failed inside the client with "
                  + failure.getClass().getName()
                  + " (see the cause)");
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theSdksOwnChecksOfTheCredentialsStayIllegalState(Face face) {
    Throwable noHeaders = catchThrowable(() -> me(face, Map::of));

    assertThat(noHeaders)
        .isExactlyInstanceOf(ClientStateException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The credentials provider returned no headers for GET /user");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** The SDK's own refusals to send stay the documented {@link IllegalStateException}. */
  @ParameterizedTest
  @EnumSource(Face.class)
  void theSdksOwnRefusalsToSendPassAsIllegalStateException(Face face) {
    Credentials noHeaders = Map::of;
    Credentials unsendable = () -> Map.of("X-API-Key", SECRET + "\r\nInjected: yes");

    for (Credentials credentials : List.of(noHeaders, unsendable)) {
      Throwable thrown = catchThrowable(() -> me(face, credentials));

      assertThat(thrown)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("credentials provider returned");
      assertThat(thrown.getMessage()).doesNotContain(SECRET);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /**
   * A list whose {@code data} holds a {@code null} item is a malformed answer: the page cannot hold
   * it, and the caller gets a {@link MalformedResponseException} naming the item, not the {@link
   * NullPointerException} of copying it.
   */
  @ParameterizedTest
  @EnumSource(Face.class)
  void aListWithANullItemIsMalformed(Face face) {
    server.stubFor(
        get(urlPathEqualTo("/v1/users"))
            .willReturn(
                okJson(
                    "{\"data\": ["
                        + Payloads.USER
                        + ", null], \"meta\": {\"requestId\":"
                        + " \"req_null\", \"total\": 2, \"limit\": 20, \"offset\": 0}}")));

    Throwable thrown = catchThrowable(() -> listUsers(face));

    assertThat(thrown)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /users")
        .hasMessageContaining("the item data[1] is null");
    assertThat(((MalformedResponseException) thrown).requestId()).contains("req_null");
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
        TestClients.async(server.apiBaseUrl(), time).credentials(failing).build()) {
      CompletableFuture<?> call = client.async().users().me();
      Throwable thrown = catchThrowable(() -> call.get(30, TimeUnit.SECONDS));

      assertThat(thrown).isInstanceOf(ExecutionException.class);
      assertThat(thrown.getCause()).isInstanceOf(ClientFailureException.class).hasCause(vaultDown);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
