package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.auth.LoginParams;
import dev.gradiant.sdk.auth.OAuthCodeExchangeParams;
import dev.gradiant.sdk.auth.OtpVerifyParams;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingUpdateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.users.UserBookingListParams;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of what the SDK accepts, sent to Prism: whatever the SDK's own checks let through must
 * be a request the spec allows, as judged by a validator nobody here wrote (the SDK's checks and
 * the contract suite's validator were written by the same hands). The values just beyond these
 * edges are refused by the SDK before sending (see its input-validation tests).
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class BoundaryValuesConformanceTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** One SDK call at an edge. */
  record Edge(String name, Consumer<GradiantClient> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    for (String email :
        List.of(
            "a.b+c@sub.example.co.uk",
            "o'brien@example.com",
            "{x}@example.com",
            "user@xn--bcher-kva.example",
            "a".repeat(64) + "@example.com",
            "  padded@example.com  ")) {
      edges.add(
          new Edge(
              "login as " + email.strip(),
              c -> c.auth().login(LoginParams.builder().email(email).password("p").build())));
      edges.add(
          new Edge(
              "create user " + email.strip(),
              c -> c.users().create(UserCreateParams.builder().email(email).build())));
    }
    edges.add(
        new Edge(
            "verifyOtp with a 16-character otp",
            c ->
                c.auth()
                    .verifyOtp(
                        OtpVerifyParams.builder()
                            .email("you@clinic.com")
                            .otp("1234567890123456")
                            .build())));
    for (String redirectUri :
        List.of(
            "com.example.app:/callback",
            "http://127.0.0.1:8080/callback",
            "http://[::1]/callback",
            "urn:ietf:wg:oauth:2.0:oob",
            "https://your-app.com/callback?state=%20x&y=1")) {
      for (String verifier : List.of("a".repeat(43), "A-._~".repeat(25) + "abc")) {
        edges.add(
            new Edge(
                "exchange a code for "
                    + redirectUri
                    + " with a "
                    + verifier.length()
                    + "-char verifier",
                c ->
                    c.auth()
                        .exchangeAuthorizationCode(
                            OAuthCodeExchangeParams.builder()
                                .clientId("app_7f3c2a")
                                .code("SplxlOBeZQQYbYS6WxSbIA")
                                .redirectUri(redirectUri)
                                .codeVerifier(verifier)
                                .build())));
      }
    }
    for (String id : List.of("user 1", "üser", "a:b", "a;b", "a%2Fb", "a?b", "a#b", "..x", "~x")) {
      edges.add(new Edge("get user '" + id + "'", c -> c.users().get(id)));
    }
    edges.add(
        new Edge(
            "create user with a 255-character idempotency key",
            c ->
                c.users()
                    .withOptions(
                        RequestOptions.builder().idempotencyKey("!~".repeat(127) + "x").build())
                    .create(UserCreateParams.builder().email("you@clinic.com").build())));
    edges.add(
        new Edge(
            "me with a 255-character X-Request-ID",
            c ->
                c.users()
                    .withOptions(
                        RequestOptions.builder().header("X-Request-ID", "r".repeat(255)).build())
                    .me()));
    edges.add(
        new Edge(
            "me with a per-call API key",
            c ->
                c.users()
                    .withOptions(
                        RequestOptions.builder()
                            .credentials(Credentials.apiKey("avk_live_8f2c"))
                            .build())
                    .me()));
    for (LocalDate day : List.of(FIRST_DAY, LAST_DAY)) {
      edges.add(
          new Edge(
              "create user born " + day,
              c ->
                  c.users()
                      .create(
                          UserCreateParams.builder()
                              .email("you@clinic.com")
                              .dateOfBirth(day)
                              .build())));
      edges.add(
          new Edge(
              "update user born " + day,
              c ->
                  c.users()
                      .update("user_123", UserUpdateParams.builder().dateOfBirth(day).build())));
    }
    edges.add(
        new Edge(
            "list bookings from " + FIRST_DAY + " to " + LAST_DAY,
            c ->
                c.users()
                    .listBookings(
                        "user_123",
                        UserBookingListParams.builder().from(FIRST_DAY).to(LAST_DAY).build())));
    edges.add(
        new Edge(
            "session analytics from " + FIRST_DAY + " to " + LAST_DAY,
            c ->
                c.analytics()
                    .sessions(AnalyticsParams.builder().from(FIRST_DAY).to(LAST_DAY).build())));
    edges.add(
        new Edge(
            "availability from " + FIRST_DAY + " to " + LAST_DAY,
            c -> c.practitioners().getAvailability("prac_123", FIRST_DAY, LAST_DAY)));
    for (Instant instant : List.of(FIRST_INSTANT, LAST_INSTANT)) {
      edges.add(
          new Edge(
              "book at " + instant,
              c ->
                  c.bookings()
                      .create(
                          BookingCreateParams.builder()
                              .practitionerId("prac_123")
                              .scheduledAt(instant)
                              .duration(1)
                              .sessionType(SessionType.CHAT)
                              .build())));
      edges.add(
          new Edge(
              "reschedule to " + instant,
              c ->
                  c.bookings()
                      .update(
                          "booking_123",
                          BookingUpdateParams.builder().scheduledAt(instant).build())));
      edges.add(
          new Edge(
              "create a session due " + instant,
              c ->
                  c.sessions()
                      .create(
                          SessionCreateParams.builder()
                              .userId("user_123")
                              .dueDate(instant)
                              .build())));
    }
    edges.add(
        new Edge(
            "search practitioners available from " + FIRST_INSTANT + " to " + LAST_INSTANT,
            c ->
                c.practitioners()
                    .search(
                        PractitionerSearchParams.builder()
                            .availableFrom(FIRST_INSTANT)
                            .availableTo(LAST_INSTANT)
                            .build())));
    edges.add(
        new Edge(
            "search practitioners rated at least 1E-20, priced at most 1E+30",
            c ->
                c.practitioners()
                    .search(
                        PractitionerSearchParams.builder()
                            .ratingMin(new BigDecimal("1E-20"))
                            .priceMax(new BigDecimal("1E+30"))
                            .build())));
    for (String url :
        List.of(
            "HTTPS://your-app.com/webhooks",
            "https://[2001:db8::1]:8443/hooks",
            "https://your-app.com/hooks?tags=%5Ba%5D",
            "https://your-app.com/hooks/gr%C3%A4diant")) {
      edges.add(
          new Edge(
              "register webhook " + url,
              c ->
                  c.webhookEndpoints()
                      .create(
                          WebhookEndpointCreateParams.builder()
                              .url(url)
                              .events(WebhookEventType.USER_CREATED)
                              .build())));
    }
    return edges;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void prismAcceptsWhatTheSdkLetsThrough(Edge edge, PrismServer prism) {
    Recorder recorder = new Recorder();
    try (GradiantClient client = PrismClients.client(prism, Auth.BEARER_TOKEN, null, recorder)) {
      try {
        edge.call().accept(client);
      } catch (RuntimeException e) {
        throw new AssertionError(
            edge + " failed against Prism; exchanges: " + recorder.exchanges(), e);
      }
    }

    assertThat(recorder.only().problem()).as("what Prism said about %s", edge).isEmpty();
  }
}
