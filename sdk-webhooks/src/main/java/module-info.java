/**
 * Verifies, signs and reads Gradiant webhook deliveries. Start with {@link
 * dev.gradiant.sdk.webhooks.WebhookVerifier}.
 *
 * <p>Exports {@code dev.gradiant.sdk.webhooks} only. Jackson reads the payloads inside the module;
 * no Jackson type appears in its API, so a consumer need not read Jackson's modules.
 */
module dev.gradiant.sdk.webhooks {
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.gradiant.sdk.webhooks;
}
