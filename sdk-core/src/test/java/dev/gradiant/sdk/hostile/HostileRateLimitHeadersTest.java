package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.internal.headers.HeaderNumber;
import dev.gradiant.sdk.logging.CapturedLogs;
import dev.gradiant.sdk.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that sends {@code Retry-After} and {@code X-RateLimit-*} headers of any shape cannot
 * crash, wedge or stall the client: each shape has a documented meaning, on both faces.
 */
class HostileRateLimitHeadersTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);
  private static final String RATE_LIMITED =
      "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow down\"}}";

  /** The wait when the server names none: full jitter at 0.5 of the first 0.5 s step. */
  private static final Duration BACKOFF = Duration.ofMillis(250);

  /** The most the client believes a {@code Retry-After} (or an HTTP date) asks for. */
  private static final Duration CEILING = Duration.ofHours(24);

  /** The token the clients send, which no log line may hold. */
  private static final String TOKEN = "tok_live_ratelimit_5e1f";

  private static final FaultServer server = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  /** {@return a builder of a client for {@code face}, with the token} */
  private GradiantClientBuilder builder(Face face) {
    return face.builder(server.apiBaseUrl(), time).apiToken(TOKEN);
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
    CapturedLogs.clear();
  }

  private static ResponseDefinitionBuilder ok() {
    return FaultServer.json(200, USER_BODY);
  }

  private static ResponseDefinitionBuilder okWithBudget(String remaining, String reset) {
    return ok().withHeader("X-RateLimit-Limit", "100")
        .withHeader("X-RateLimit-Remaining", remaining)
        .withHeader("X-RateLimit-Reset", reset);
  }

  private static String seconds(Instant at) {
    return Long.toString(at.getEpochSecond());
  }

  private static int requestsSent() {
    return server.findAll(getRequestedFor(urlEqualTo("/v1/user"))).size();
  }

  private static List<String> resetWarnings() {
    return CapturedLogs.lines().stream()
        .filter(line -> line.startsWith("WARN dev.gradiant.sdk.http "))
        .filter(line -> line.contains("X-RateLimit-Reset"))
        .toList();
  }

  static Stream<Arguments> retryAfterValues() {
    return Stream.of(
            Arguments.of("2", Duration.ofSeconds(2)),
            Arguments.of(" 7 ", Duration.ofSeconds(7)),
            Arguments.of("0", Duration.ZERO),
            Arguments.of("1.5", Duration.ofSeconds(2)),
            Arguments.of("0.2", Duration.ofSeconds(1)),
            Arguments.of("3.000", Duration.ofSeconds(3)),
            Arguments.of("-5", BACKOFF),
            Arguments.of("-0.5", BACKOFF),
            Arguments.of("", BACKOFF),
            Arguments.of("soon", BACKOFF),
            Arguments.of("1e3", BACKOFF),
            Arguments.of("+5", BACKOFF),
            Arguments.of("1.", BACKOFF),
            Arguments.of("Sun, 22 Nov 2026 10:00:07 GMT", Duration.ofSeconds(7)),
            Arguments.of("Sun, 22 Nov 2026 09:00:00 GMT", Duration.ZERO),
            Arguments.of("Thu, 01 Jan 1970 00:00:00 GMT", Duration.ZERO),
            Arguments.of("Sunday, 22-Nov-26 10:00:07 GMT", BACKOFF))
        .flatMap(
            values ->
                Stream.of(Face.values())
                    .map(face -> Arguments.of(face, values.get()[0], values.get()[1])));
  }

  @ParameterizedTest(name = "{0}: Retry-After \"{1}\" waits {2}")
  @MethodSource("retryAfterValues")
  void aRetryAfterOfAnyShapeWaitsItsDocumentedTime(Face face, String value, Duration wait) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, RATE_LIMITED).withHeader("Retry-After", value),
        ok());

    try (GradiantClient client = builder(face).build()) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(2);
    }
    assertThat(time.sleeps()).containsExactly(wait);
    assertThat(requestsSent()).isEqualTo(2);
  }

  static Stream<Arguments> hugeRetryAfters() {
    return Stream.of(
            "100000000000000000",
            "9223372036854775807",
            "99999999999999999999999999",
            "100000000000000000.5",
            "Fri, 31 Dec 9999 23:59:59 GMT")
        .flatMap(value -> Stream.of(Face.values()).map(face -> Arguments.of(face, value)));
  }

  @ParameterizedTest(name = "{0}: Retry-After \"{1}\"")
  @MethodSource("hugeRetryAfters")
  void aHugeRetryAfterFailsAtOnceWithTheCeilingAsItsWait(Face face, String value) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, RATE_LIMITED).withHeader("Retry-After", value),
        ok());

    Throwable thrown;
    try (GradiantClient client = builder(face).build()) {
      thrown = catchThrowable(() -> face.me(client));
    }

    assertThat(thrown).isInstanceOf(RateLimitException.class);
    RateLimitException e = (RateLimitException) thrown;
    assertThat(e.retryAfter()).contains(CEILING);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
    assertThat(requestsSent()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aHugeRetryAfterIsSleptAsTheCeilingWhenTheClientMayWaitThatLong(Face face) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, RATE_LIMITED).withHeader("Retry-After", "100000000000000000"),
        ok());

    try (GradiantClient client =
        builder(face).maxRetryWait(Duration.ofDays(2)).timeout(Duration.ofDays(3)).build()) {
      assertThat(face.me(client).data().id()).isEqualTo("user_123");
    }
    assertThat(time.sleeps()).containsExactly(CEILING);
    assertThat(requestsSent()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aResetBeyondAnyInstantNeitherFailsTheCallNorItsSnapshot(Face face) {
    server.stubFor(get(urlEqualTo("/v1/user")).willReturn(okWithBudget("5", "100000000000000000")));

    try (GradiantClient client = builder(face).build()) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.rateLimit()).isEmpty();
      face.me(client);
    }
    assertThat(requestsSent()).isEqualTo(2);
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theSnapshotSaturatesHugeCountsAndIgnoresGarbage(Face face) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        okWithBudget("99999999999999999999", seconds(START.plusSeconds(30))),
        okWithBudget("lots", seconds(START.plusSeconds(30))));

    try (GradiantClient client = builder(face).build()) {
      assertThat(face.me(client).rateLimit())
          .contains(
              RateLimit.builder()
                  .limit(100)
                  .remaining(Long.MAX_VALUE)
                  .resetAt(START.plusSeconds(30))
                  .build());
      assertThat(face.me(client).rateLimit()).isEmpty();
    }
    assertThat(time.sleeps()).isEmpty();
  }

  static Stream<Arguments> untrustedResets() {
    return Stream.of(
            seconds(START.plus(Duration.ofDays(3 * 365))),
            seconds(START.plus(Duration.ofMinutes(66))),
            Long.toString(START.plus(Duration.ofDays(1)).toEpochMilli()),
            "100000000000000000",
            "99999999999999999999999")
        .flatMap(value -> Stream.of(Face.values()).map(face -> Arguments.of(face, value)));
  }

  @ParameterizedTest(name = "{0}: X-RateLimit-Reset {1}")
  @MethodSource("untrustedResets")
  void aSpentBudgetWithAResetTooFarAheadDoesNotHoldBackLaterCalls(Face face, String reset) {
    server.stubFor(get(urlEqualTo("/v1/user")).willReturn(okWithBudget("0", reset)));

    try (GradiantClient client = builder(face).build()) {
      face.me(client);
      face.me(client);
      face.me(client);
    }

    assertThat(requestsSent()).isEqualTo(3);
    assertThat(time.sleeps()).isEmpty();
    List<String> warnings = resetWarnings();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("X-RateLimit-Reset " + HeaderNumber.parse(reset) + " is not trusted")
        .doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aResetInEpochMillisecondsWithinTheWindowIsWaitedFor(Face face) {
    server.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(okWithBudget("0", Long.toString(START.plusSeconds(30).toEpochMilli()))));

    try (GradiantClient client = builder(face).build()) {
      face.me(client);
      face.me(client);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(requestsSent()).isEqualTo(2);
    assertThat(resetWarnings()).hasSize(1);
    assertThat(resetWarnings().get(0)).contains("milliseconds");
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aSpentBudgetWithAResetInThePastOpensAgain(Face face) {
    server.stubFor(
        get(urlEqualTo("/v1/user")).willReturn(okWithBudget("0", seconds(START.minusSeconds(10)))));

    try (GradiantClient client = builder(face).build()) {
      face.me(client);
      face.me(client);
    }

    assertThat(requestsSent()).isEqualTo(2);
    assertThat(time.sleeps()).isEmpty();
    assertThat(resetWarnings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aSpentBudgetWithAResetWithinTheHourIsStillRespected(Face face) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        okWithBudget("0", seconds(START.plusSeconds(30))),
        okWithBudget("0", seconds(START.plus(Duration.ofMinutes(60)))),
        ok());

    try (GradiantClient client = builder(face).build()) {
      face.me(client);
      face.me(client);
      RateLimitException refused = (RateLimitException) catchThrowable(() -> face.me(client));

      assertThat(refused.retryAfter()).contains(Duration.ofMinutes(59).plusSeconds(30));
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(requestsSent()).isEqualTo(2);
    assertThat(resetWarnings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aNegativeRemainingIsASpentBudget(Face face) {
    server.stubFor(
        get(urlEqualTo("/v1/user")).willReturn(okWithBudget("-3", seconds(START.plusSeconds(30)))));

    try (GradiantClient client = builder(face).build()) {
      face.me(client);
      face.me(client);
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(requestsSent()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aHugeRemainingIsPlentyAndGarbageLeavesTheLastReportStanding(Face face) {
    String reset = seconds(START.plusSeconds(50));
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        okWithBudget("1", reset),
        okWithBudget("99999999999999999999", reset),
        okWithBudget("lots", reset),
        okWithBudget("0", seconds(START.plusSeconds(40))),
        ok());

    try (GradiantClient client = builder(face).build()) {
      face.me(client); // one left
      face.me(client); // takes it; the answer says: plenty
      face.me(client); // sent at once; the garbage answer leaves "plenty" standing
      face.me(client); // sent at once; the answer says: spent until 40 s after START
      face.me(client); // waits for that reset
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(40));
    assertThat(requestsSent()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void a429WithoutRetryAfterWaitsForAResetInEpochMillisecondsWithinTheWindow(Face face) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, RATE_LIMITED)
            .withHeader("X-RateLimit-Reset", Long.toString(START.plusSeconds(2).toEpochMilli())),
        ok());

    try (GradiantClient client = builder(face).build()) {
      assertThat(face.me(client).metadata().attempts()).isEqualTo(2);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void a429WithoutRetryAfterAndAResetYearsAheadBacksOff(Face face) {
    server.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, RATE_LIMITED)
            .withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Reset", seconds(START.plus(Duration.ofDays(1000)))),
        ok());

    try (GradiantClient client = builder(face).build()) {
      assertThat(face.me(client).metadata().attempts()).isEqualTo(2);
    }
    assertThat(time.sleeps()).containsExactly(BACKOFF);
    assertThat(requestsSent()).isEqualTo(2);
  }
}
