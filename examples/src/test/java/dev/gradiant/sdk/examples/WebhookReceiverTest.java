package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
  static final String SECRET = "whsec_dGVzdC1yZWNlaXZlci1zZWNyZXQtMDEyMzQ1Njc4OQ==";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private WebhookReceiver receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = WebhookReceiver.start(0, SECRET);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void signedDeliveryIsAnswered200AndHandled() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        WebhookSigner.of(SECRET).sign(body, SignatureScheme.STANDARD_WEBHOOKS);

    HttpResponse<String> response = WebhookReceiver.post(client, receiver.uri(), body, headers);

    assertThat(receiver.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");
    assertThat(receiver.handledCount()).isEqualTo(1);
  }

  @Test
  void gradiantSchemeDeliveryIsAnswered200() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        WebhookReceiver.post(
            client,
            receiver.uri(),
            body,
            WebhookSigner.of(SECRET).sign(body, SignatureScheme.GRADIANT));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void tamperedDeliveryIsAnswered400SayingWhyWithoutSecrets() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        WebhookSigner.of(SECRET).sign(body, SignatureScheme.STANDARD_WEBHOOKS);
    byte[] tampered =
        WebhookReceiver.demoEvent()
            .replace("pending", "confirmed")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = WebhookReceiver.post(client, receiver.uri(), tampered, headers);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .startsWith("NO_MATCHING_SIGNATURE: ")
        .doesNotContain(SECRET.substring("whsec_".length()))
        .doesNotContain(headers.get("webhook-signature").substring(3));
    assertThat(receiver.handledCount()).isZero();
  }

  @Test
  void unsignedDeliveryIsAnswered400() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = WebhookReceiver.post(client, receiver.uri(), body, Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("MISSING_HEADER: ");
  }

  /** A duplicate is acknowledged (an error would make the sender retry it), not handled again. */
  @Test
  void replayedDeliveryIsAcknowledgedButNotHandledAgain() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        WebhookSigner.of(SECRET).sign(body, SignatureScheme.STANDARD_WEBHOOKS);

    WebhookReceiver.post(client, receiver.uri(), body, headers);
    HttpResponse<String> replay = WebhookReceiver.post(client, receiver.uri(), body, headers);

    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).startsWith("DUPLICATE: ");
    assertThat(receiver.handledCount()).isEqualTo(1);
  }

  @Test
  void mainFlowReceivesTheSandboxsSignedDeliveriesAndRefusesAForgery() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      WebhookReceiver.run(null, out);
    }

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("Webhooks from the embedded sandbox at http://127\\.0\\.0\\.1:\\d+/v1")
        .containsPattern(
            "1\\. registered wh_[0-9a-f]{12} for \\[user\\.created, session\\.completed,"
                + " booking\\.created\\] \\(signing secret received, not printed\\)")
        .containsPattern("2\\. receiver on http://127\\.0\\.0\\.1:\\d+/webhooks/gradiant")
        .containsPattern("received: user user_[0-9a-f]{12} created")
        .containsPattern("received: session sess_[0-9a-f]{12} completed at \\S+Z")
        .containsPattern("received: booking booking_[0-9a-f]{12} created, status pending")
        .contains("delivery user.created -> DELIVERED (HTTP 200, attempt 1)")
        .contains("delivery session.completed -> DELIVERED (HTTP 200, attempt 1)")
        .contains("delivery booking.created -> DELIVERED (HTTP 200, attempt 1)")
        .contains("4. tampered copy of the last delivery -> 400 NO_MATCHING_SIGNATURE")
        .contains("Handled 3 deliveries. Done.")
        .doesNotContain("whsec_")
        .doesNotContain("@example.com");
  }

  @Test
  void mainFlowUsesTheConfiguredSecretWithTheGradiantScheme() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      WebhookReceiver.run("plain-secret-for-the-gradiant-scheme-0123", out);
    }

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("Handled 3 deliveries. Done.")
        .doesNotContain("plain-secret");
  }
}
