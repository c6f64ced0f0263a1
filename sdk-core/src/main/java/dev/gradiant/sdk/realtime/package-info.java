/**
 * The live feed ({@code client.realtime()}): one WebSocket carrying booking updates, chat messages,
 * typing indicators and call signalling, with typed events, a listener and a {@link
 * java.util.concurrent.Flow.Publisher}, and reconnects that neither lose nor repeat an event.
 */
package dev.gradiant.sdk.realtime;
