package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookSigner;
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

  @Test
  void replayedDeliveryIsAnswered400() throws Exception {
    byte[] body = WebhookReceiver.demoEvent().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        WebhookSigner.of(SECRET).sign(body, SignatureScheme.STANDARD_WEBHOOKS);

    WebhookReceiver.post(client, receiver.uri(), body, headers);
    HttpResponse<String> replay = WebhookReceiver.post(client, receiver.uri(), body, headers);

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).startsWith("DUPLICATE: ");
  }
}
