package dev.gradiant.sdk.spring.boot.app;

import dev.gradiant.sdk.webhooks.WebhookEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The events the application accepted, in order. */
public class ReceivedEvents {
  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();

  void add(WebhookEvent event) {
    events.add(event);
  }

  /** {@return the accepted events} */
  public List<WebhookEvent> events() {
    return List.copyOf(events);
  }
}
