package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.UnexpectedRedirectException;
import dev.gradiant.sdk.users.UserCreateParams;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK follows no redirects: a {@code 3xx} becomes an {@link UnexpectedRedirectException}
 * carrying the {@code Location}, and nothing (no credential header of any kind, no {@code
 * Idempotency-Key}, no body) is sent to the other origin, whatever the status, on the client the
 * SDK builds and on one handed in that follows redirects itself, nor over plain {@code http} when
 * an {@code https} origin redirects there. A second loopback server plays the other origin.
 */
class RedirectsTest {
  private static final String API_KEY = "key_live_5e4d3c";
  private static final String TOKEN = "tok_live_9f8e7d";
  private static final String CLINIC_SECRET = "clinic_secret_1a2b";

  /** Every kind of credential header at once: the SDK's own and a provider's custom one. */
  private static final Credentials ALL_KINDS =
      () ->
          Map.of(
              "X-API-Key", API_KEY,
              "Authorization", "Bearer " + TOKEN,
              "X-Clinic-Credential", CLINIC_SECRET);

  private final MockApi origin = MockApi.start();
  private final MockApi elsewhere = MockApi.start();

  @AfterEach
  void stopServers() {
    origin.close();
    elsewhere.close();
  }

  private GradiantClientBuilder builder() {
    return origin.builder().credentials(ALL_KINDS);
  }

  private static UserCreateParams newUser() {
    return UserCreateParams.builder().email("user@example.com").build();
  }

  /** The other origin's URL of the same operation, and an answer there if a client came. */
  private String redirectTarget() {
    elsewhere.enqueueJson(201, Payloads.envelope(Payloads.USER));
    return elsewhere.server().url("/v1/users").toString();
  }

  private void redirectTo(int status, String location) {
    origin.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Location", location)
            .addHeader("X-Request-ID", "req_redirect")
            .build());
  }

  /** The origin saw the create with every secret: only the other origin must not see them. */
  private void assertOnlyTheOriginSawTheCreate() {
    RecordedRequest sent = origin.takeRequest();
    assertThat(sent.getHeaders().get("X-API-Key")).isEqualTo(API_KEY);
    assertThat(sent.getHeaders().get("X-Clinic-Credential")).isEqualTo(CLINIC_SECRET);
    assertThat(sent.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(origin.requestCount()).isEqualTo(1);
    assertThat(elsewhere.requestCount()).as("requests that reached the other origin").isZero();
  }

  private static void assertRedirect(UnexpectedRedirectException e, int status, String location) {
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.location()).hasValue(location);
    assertThat(e.requestId()).contains("req_redirect");
    assertThat(e.attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectToAnotherOriginIsNotFollowed(int status) {
    String location = redirectTarget();
    redirectTo(status, location);

    try (GradiantClient client = builder().build()) {
      UnexpectedRedirectException e =
          catchThrowableOfType(
              UnexpectedRedirectException.class, () -> client.users().create(newUser()));

      assertRedirect(e, status, location);
    }
    assertOnlyTheOriginSawTheCreate();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void asyncARedirectToAnotherOriginIsNotFollowed(int status) {
    String location = redirectTarget();
    redirectTo(status, location);

    try (GradiantClient client = builder().build()) {
      UnexpectedRedirectException e =
          failure(UnexpectedRedirectException.class, client.async().users().create(newUser()));

      assertRedirect(e, status, location);
    }
    assertOnlyTheOriginSawTheCreate();
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void aClientHandedInThatFollowsRedirectsDoesNotFollowThemForTheSdk(int status) {
    OkHttpClient own =
        new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    String location = redirectTarget();
    redirectTo(status, location);
    redirectTo(status, location);

    try (GradiantClient client = builder().httpClient(own).build()) {
      assertRedirect(
          catchThrowableOfType(
              UnexpectedRedirectException.class, () -> client.users().create(newUser())),
          status,
          location);
      assertRedirect(
          failure(UnexpectedRedirectException.class, client.async().users().create(newUser())),
          status,
          location);
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
    assertThat(origin.requestCount()).isEqualTo(2);
    assertThat(elsewhere.requestCount()).as("requests that reached the other origin").isZero();
    assertThat(own.followRedirects()).as("the application's own client is unchanged").isTrue();
    assertThat(own.followSslRedirects()).isTrue();
  }

  /**
   * A redirect within the same origin is not followed either, on a GET, and a 3xx is never retried.
   * (The switch from {@code https} to {@code http}: {@link
   * #anHttpsOriginsRedirectToPlainHttpIsNotFollowed}.)
   */
  @Test
  void aSameOriginRedirectIsNotFollowedNorRetried() {
    String location = origin.server().url("/v1/moved/user").toString();
    for (int i = 0; i < 3; i++) {
      redirectTo(307, location);
    }

    try (GradiantClient client = builder().maxRetries(2).build()) {
      assertRedirect(
          catchThrowableOfType(UnexpectedRedirectException.class, () -> client.users().me()),
          307,
          location);
      assertThat(origin.takeRequest().getTarget()).isEqualTo("/v1/user");
      assertThat(origin.requestCount()).isEqualTo(1);

      assertRedirect(
          failure(UnexpectedRedirectException.class, client.async().users().me()), 307, location);
      assertThat(origin.takeRequest().getTarget()).isEqualTo("/v1/user");
      assertThat(origin.requestCount()).isEqualTo(2);
    }
  }

  /**
   * An {@code https} origin that redirects to plain {@code http} (another port on the same host)
   * does not get the request sent in the clear: not through a handed-in client that follows
   * redirects, even across schemes, and trusts the origin's certificate; on both faces.
   */
  @Test
  void anHttpsOriginsRedirectToPlainHttpIsNotFollowed() throws Exception {
    HeldCertificate certificate =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("127.0.0.1")
            .addSubjectAlternativeName("localhost")
            .build();
    HandshakeCertificates serverSide =
        new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    HandshakeCertificates clientSide =
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(certificate.certificate())
            .build();
    OkHttpClient own =
        new OkHttpClient.Builder()
            .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager())
            .followRedirects(true)
            .followSslRedirects(true)
            .build();
    String plainHttp = redirectTarget();
    assertThat(plainHttp).startsWith("http://");
    try (MockWebServer secure = new MockWebServer()) {
      secure.useHttps(serverSide.sslSocketFactory());
      secure.start(InetAddress.getByName("127.0.0.1"), 0);
      for (int i = 0; i < 2; i++) {
        secure.enqueue(
            new MockResponse.Builder()
                .code(307)
                .addHeader("Location", plainHttp)
                .addHeader("X-Request-ID", "req_redirect")
                .build());
      }
      String origin = secure.url("/v1").toString();
      assertThat(origin).startsWith("https://");

      try (GradiantClient client =
          GradiantClient.builder()
              .baseUrl(origin)
              .credentials(ALL_KINDS)
              .maxRetries(0)
              .httpClient(own)
              .build()) {
        assertRedirect(
            catchThrowableOfType(
                UnexpectedRedirectException.class, () -> client.users().create(newUser())),
            307,
            plainHttp);
        assertRedirect(
            failure(UnexpectedRedirectException.class, client.async().users().create(newUser())),
            307,
            plainHttp);
      }
      RecordedRequest sent = secure.takeRequest(5, TimeUnit.SECONDS);
      assertThat(sent).isNotNull();
      assertThat(sent.getHandshake()).as("the origin was reached over TLS").isNotNull();
      assertThat(sent.getHeaders().get("X-Clinic-Credential")).isEqualTo(CLINIC_SECRET);
      assertThat(secure.getRequestCount()).isEqualTo(2);
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
    assertThat(elsewhere.requestCount()).as("requests sent over plain http").isZero();
  }

  @Test
  void aRedirectWithoutLocationHasNone() {
    origin.enqueue(new MockResponse.Builder().code(300).build());
    origin.enqueue(new MockResponse.Builder().code(300).build());

    try (GradiantClient client = builder().build()) {
      assertNoLocation(
          catchThrowableOfType(UnexpectedRedirectException.class, () -> client.users().me()));
      assertNoLocation(failure(UnexpectedRedirectException.class, client.async().users().me()));
    }
  }

  private static void assertNoLocation(UnexpectedRedirectException e) {
    assertThat(e.statusCode()).isEqualTo(300);
    assertThat(e.location()).isEmpty();
  }
}
