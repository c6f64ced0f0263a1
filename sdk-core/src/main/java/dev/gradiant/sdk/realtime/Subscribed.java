package dev.gradiant.sdk.realtime;

/**
 * The server's acknowledgement of a subscription.
 *
 * @param channel the channel
 * @param seq the channel's latest {@code seq} when the subscription started (0: no event yet);
 *     events delivered after it have a greater one
 */
public record Subscribed(Channel channel, long seq) {}
