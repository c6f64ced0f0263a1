package dev.gradiant.sdk.spring.boot.app;

import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Verifies each delivery with the auto-configured verifier, on the raw body, before reading it. */
@RestController
public class WebhookController {
  private final WebhookVerifier verifier;
  private final ReceivedEvents received;

  WebhookController(WebhookVerifier verifier, ReceivedEvents received) {
    this.verifier = verifier;
    this.received = received;
  }

  @PostMapping("/webhooks/gradiant")
  ResponseEntity<Void> receive(@RequestBody byte[] body, HttpServletRequest request) {
    try {
      received.add(verifier.verify(body, WebhookHeaders.lookup(request::getHeader)));
      return ResponseEntity.noContent().build();
    } catch (WebhookVerificationException e) {
      return ResponseEntity.badRequest().build();
    }
  }
}
