package dev.gradiant.sdk.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.WebhookDelivery;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.UserEventData;
import dev.gradiant.sdk.webhooks.WebhookEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real Spring Boot application on 127.0.0.1 whose client, webhook verifier and health indicator
 * come from the starter: the sandbox delivers a signed {@code user.created} to it over HTTP.
 */
@SpringBootTest(
    classes = ClinicApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "management.endpoint.health.show-details=always",
      "management.endpoints.web.exposure.include=health"
    })
class WebhookReceiverApplicationTest {
  private static final GradiantSandbox SANDBOX = GradiantSandbox.start();
  private static final String SECRET =
      "whsec_"
          + Base64.getEncoder()
              .encodeToString("clinic-webhook-secret-0123".getBytes(StandardCharsets.UTF_8));
  private static final String REGISTERED_URL = "https://clinic.example/webhooks/gradiant";
  private static final Duration DELIVERY_BOUND = Duration.ofSeconds(30);

  @Autowired GradiantClient client;
  @Autowired ReceivedEvents received;
  @Autowired Environment environment;

  @DynamicPropertySource
  static void gradiant(DynamicPropertyRegistry registry) {
    registry.add("gradiant.base-url", SANDBOX::baseUrl);
    registry.add("gradiant.api-token", SANDBOX::apiToken);
    registry.add("gradiant.webhooks.secrets", () -> SECRET);
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  private URI local(String path) {
    return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
  }

  @Test
  void receivesASignedWebhookOverHttpAndVerifiesItWithTheAutoConfiguredVerifier() throws Exception {
    client
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .url(REGISTERED_URL)
                .events(WebhookEventType.USER_CREATED)
                .secret(SECRET)
                .build());
    SANDBOX.forwardWebhooks(REGISTERED_URL, local("/webhooks/gradiant"));

    String userId =
        client.users().create(UserCreateParams.builder().email("ada@clinic.example").build()).id();
    List<WebhookDelivery> deliveries = SANDBOX.awaitDeliveries(1, DELIVERY_BOUND);

    WebhookDelivery delivery = deliveries.get(0);
    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(delivery.lastStatus()).isEqualTo(204);
    assertThat(delivery.forwardedTo()).contains(local("/webhooks/gradiant"));
    assertThat(received.events()).hasSize(1);
    WebhookEvent event = received.events().get(0);
    assertThat(event.type()).isEqualTo(EventType.USER_CREATED);
    assertThat(event.scheme()).isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    assertThat(event.dataAs(UserEventData.class).orElseThrow().id()).isEqualTo(userId);

    // The same signature on another body is refused by the application.
    HttpRequest.Builder tampered =
        HttpRequest.newBuilder(local("/webhooks/gradiant"))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.body().replace(userId, "user_x")));
    delivery.headers().forEach(tampered::header);
    tampered.setHeader("Content-Type", "application/json");
    HttpResponse<Void> answer =
        HttpClient.newHttpClient().send(tampered.build(), HttpResponse.BodyHandlers.discarding());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(received.events()).hasSize(1);
  }

  @Test
  void theHealthEndpointShowsTheApisHealth() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(local("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode gradiant = new ObjectMapper().readTree(health.body()).at("/components/gradiant");
    assertThat(gradiant.path("status").asText()).isEqualTo("UP");
    assertThat(gradiant.at("/details/status").asText()).isNotBlank();
    assertThat(health.body()).doesNotContain(SANDBOX.apiToken());
  }
}
