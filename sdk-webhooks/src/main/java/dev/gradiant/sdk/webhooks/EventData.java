package dev.gradiant.sdk.webhooks;

/**
 * The typed data of a webhook event; which class depends on the event's {@link EventType}. Test it
 * with {@code instanceof}, or ask for one type with {@link WebhookEvent#dataAs(Class)}.
 *
 * <p>Each data type is an immutable final class with a {@code builder()} and {@code toBuilder()}
 * and no public constructor, so a field added in a later release is one more accessor and builder
 * method, which breaks no caller. Nothing a data type returns is null: a field the contract
 * requires is returned as it is (a delivery without it is rejected as {@code MALFORMED_PAYLOAD}), a
 * field that may be absent is an {@link java.util.Optional}, and raw data is a map that is empty
 * when absent.
 */
public sealed interface EventData
    permits SessionEventData, BookingEventData, PaymentEventData, UserEventData, UnknownEventData {}
