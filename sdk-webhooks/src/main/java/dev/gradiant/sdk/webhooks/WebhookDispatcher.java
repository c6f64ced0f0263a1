package dev.gradiant.sdk.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies a delivery, reads its event and calls the handler registered for its type: a receiver in
 * a few lines.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
 *     .verifier(verifier)
 *     .on(EventType.BOOKING_CREATED, BookingEventData.class, (event, booking) -> schedule(booking))
 *     .onUnknown((event, data) -> log.info("ignored {}", event.type()))
 *     .build();
 * dispatcher.handle(rawBody, WebhookHeaders.ofLists(requestHeaders)); // then answer 200
 * }</pre>
 *
 * <p>A {@link WebhookVerificationException} means "answer 400": no handler ran. An exception from a
 * handler propagates unchanged ("answer 500"), after the event's replay mark is released so the
 * sender's retry is processed. Immutable and thread-safe if the handlers are.
 */
public final class WebhookDispatcher {
  private final WebhookVerifier verifier;
  private final Map<EventType, Route<?>> routes;
  private final WebhookHandler<EventData> fallback;

  private WebhookDispatcher(Builder builder) {
    this.verifier = builder.verifier;
    this.routes = Map.copyOf(builder.routes);
    this.fallback = builder.fallback;
  }

  /**
   * Starts a builder; a verifier is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery and passes its event to the handler for its type, or to the {@code
   * onUnknown} handler, or to no one if neither is registered.
   *
   * @param body the request body exactly as received
   * @param headers the request headers
   * @return the event that was handled
   * @throws WebhookVerificationException if the delivery is rejected; no handler ran. Answer a
   *     {@link WebhookVerificationException.Reason#DUPLICATE} with a 2xx status (the delivery was
   *     handled before), any other reason with a 4xx status. A handler that throws makes the
   *     verifier forget the event, so the sender's retry is handled
   * @throws NullPointerException if an argument is null
   */
  public WebhookEvent handle(byte[] body, WebhookHeaders headers) {
    WebhookEvent event = verifier.verify(body, headers);
    try {
      Route<?> route = routes.get(event.type());
      if (route != null) {
        route.invoke(event);
      } else if (fallback != null) {
        fallback.handle(event, event.data());
      }
    } catch (Throwable t) {
      verifier.forget(event);
      throw t;
    }
    return event;
  }

  /**
   * As {@link #handle(byte[], WebhookHeaders)} for a body only available as a string; see {@link
   * WebhookVerifier#verify(String, WebhookHeaders)} for why raw bytes are safer.
   *
   * @param body the request body, unchanged since it was received
   * @param headers the request headers
   * @return the event that was handled
   * @throws WebhookVerificationException if the delivery is rejected; no handler ran
   * @throws NullPointerException if an argument is null
   */
  public WebhookEvent handle(String body, WebhookHeaders headers) {
    Objects.requireNonNull(body, "body must not be null");
    return handle(body.getBytes(StandardCharsets.UTF_8), headers);
  }

  @Override
  public String toString() {
    return "WebhookDispatcher[verifier=" + verifier + ", routes=" + routes.keySet() + "]";
  }

  private record Route<T extends EventData>(Class<T> dataType, WebhookHandler<? super T> handler) {
    void invoke(WebhookEvent event) {
      handler.handle(event, dataType.cast(event.data()));
    }
  }

  /** Configures a {@link WebhookDispatcher}. Not thread-safe; the dispatcher it builds is. */
  public static final class Builder {
    private WebhookVerifier verifier;
    private final Map<EventType, Route<?>> routes = new HashMap<>();
    private WebhookHandler<EventData> fallback;

    private Builder() {}

    /**
     * Sets the verifier every delivery goes through.
     *
     * @param verifier the verifier
     * @return this builder
     * @throws NullPointerException if {@code verifier} is null
     */
    public Builder verifier(WebhookVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier must not be null");
      return this;
    }

    /**
     * Registers the handler of one event type. The data class is checked against the type now, not
     * when the first event arrives: {@code BOOKING_CREATED} takes {@link BookingEventData} (or
     * {@link EventData}), a type unknown to this library takes {@link UnknownEventData}.
     *
     * @param <T> the data class
     * @param type the event type; {@link EventType#of(String)} for types newer than this library
     * @param dataType the data class
     * @param handler the handler
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code dataType} does not fit {@code type}, or {@code
     *     type} already has a handler
     */
    public <T extends EventData> Builder on(
        EventType type, Class<T> dataType, WebhookHandler<? super T> handler) {
      Objects.requireNonNull(type, "type must not be null");
      Objects.requireNonNull(dataType, "dataType must not be null");
      Objects.requireNonNull(handler, "handler must not be null");
      if (!dataType.isAssignableFrom(type.dataType())) {
        throw new IllegalArgumentException(
            "dataType: "
                + type
                + " events carry "
                + type.dataType().getSimpleName()
                + ", not "
                + dataType.getSimpleName());
      }
      if (routes.containsKey(type)) {
        throw new IllegalArgumentException("type: " + type + " already has a handler");
      }
      routes.put(type, new Route<>(dataType, handler));
      return this;
    }

    /**
     * Registers the handler of every event no {@code on(...)} handler takes: types newer than this
     * library, and known types you did not register. Without one, such events are accepted and
     * ignored.
     *
     * @param handler the handler
     * @return this builder
     * @throws NullPointerException if {@code handler} is null
     */
    public Builder onUnknown(WebhookHandler<EventData> handler) {
      this.fallback = Objects.requireNonNull(handler, "handler must not be null");
      return this;
    }

    /**
     * Builds the dispatcher.
     *
     * @return the dispatcher
     * @throws IllegalStateException if no verifier was set
     */
    public WebhookDispatcher build() {
      if (verifier == null) {
        throw new IllegalStateException(
            "verifier: a WebhookVerifier is required; call verifier(...)");
      }
      return new WebhookDispatcher(this);
    }
  }
}
