/**
 * Verifies, signs and reads Gradiant webhook deliveries. Start with {@link
 * dev.gradiant.sdk.webhooks.WebhookVerifier}.
 *
 * <p>Exports {@code dev.gradiant.sdk.webhooks} only. Jackson's databind is read transitively:
 * {@link dev.gradiant.sdk.webhooks.WebhookEvent#rawData()} hands out the event's JSON tree.
 */
module dev.gradiant.sdk.webhooks {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.gradiant.sdk.webhooks;
}
