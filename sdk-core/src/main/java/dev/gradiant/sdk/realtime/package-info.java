/**
 * The live feed ({@code client.realtime()}, {@code client.async().realtime()}): one WebSocket
 * carrying booking updates, chat messages, typing indicators and call signalling, with typed
 * events, a listener and a {@link java.util.concurrent.Flow.Publisher}, and reconnects that neither
 * lose nor repeat an event. This package is the API only: {@link
 * dev.gradiant.sdk.realtime.RealtimeFeed}, the events (final classes with builders; more types may
 * be added, see {@link dev.gradiant.sdk.realtime.RealtimeEvent}), channels, states and exceptions.
 */
package dev.gradiant.sdk.realtime;
