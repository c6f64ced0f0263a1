package dev.gradiant.sdk.webhooks;

/**
 * The typed data of a webhook event; which record depends on the event's {@link EventType}. Test it
 * with {@code instanceof}, or ask for one record with {@link WebhookEvent#dataAs(Class)}.
 */
public sealed interface EventData
    permits SessionEventData, BookingEventData, PaymentEventData, UserEventData, UnknownEventData {}
