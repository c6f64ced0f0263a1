package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call is rejected, and returns the rejection for further checks. */
final class Rejections {
  private Rejections() {}

  static WebhookVerificationException rejected(
      WebhookVerificationException.Reason reason, ThrowingCallable call) {
    WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class, call);
    assertThat(e).as("expected a rejection with reason %s", reason).isNotNull();
    assertThat(e.reason()).as("reason; message: %s", e.getMessage()).isEqualTo(reason);
    return e;
  }
}
