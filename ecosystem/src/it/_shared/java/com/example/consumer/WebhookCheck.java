package com.example.consumer;

import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.UserEventData;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs a {@code user.created} event with {@link WebhookSigner}, verifies it with {@link
 * WebhookVerifier}, and checks that a tampered copy is refused.
 */
final class WebhookCheck {
  private WebhookCheck() {}

  static void run(String userId) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    String json =
        "{\"id\":\"evt_consumer_1\",\"type\":\"user.created\",\"createdAt\":\""
            + Instant.now()
            + "\",\"data\":{\"id\":\""
            + userId
            + "\",\"email\":\"consumer@example.com\",\"verified\":false}}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    var headers =
        WebhookHeaders.of(WebhookSigner.of(secret).sign(body, SignatureScheme.STANDARD_WEBHOOKS));
    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).build();

    var event = verifier.verify(body, headers);
    Expect.equal(EventType.USER_CREATED, event.type(), "verified event type");
    var data = event.dataAs(UserEventData.class);
    Expect.that(data.isPresent(), "user.created carried no UserEventData");
    Expect.equal(userId, data.get().id(), "verified event user id");

    byte[] tampered = json.replace("false", "true").getBytes(StandardCharsets.UTF_8);
    try {
      verifier.verify(tampered, headers);
      throw new IllegalStateException("a tampered webhook body was accepted");
    } catch (WebhookVerificationException expected) {
      // refused, as it must be
    }
  }
}
