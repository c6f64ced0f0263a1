package dev.gradiant.sdk.webhooks;

/**
 * Handles one type of verified webhook event, registered with {@link WebhookDispatcher}.
 *
 * @param <T> the data class the handler takes
 */
@FunctionalInterface
public interface WebhookHandler<T extends EventData> {

  /**
   * Handles an event. Throw to make the dispatcher answer with an error and release the event's
   * replay mark, so the sender's retry is processed.
   *
   * @param event the verified event
   * @param data its typed data
   */
  void handle(WebhookEvent event, T data);
}
