/**
 * The live feed's implementation ({@code client.realtime()}): the {@link
 * dev.gradiant.sdk.realtime.RealtimeFeed} the client hands out, its state machine ({@code
 * FeedEngine}), frames, decoding, consumer buffers and delivery threads, reconnect waits and close
 * codes, its URL and the OkHttp client its WebSocket runs on. Not part of the API: anything here
 * may change in any release.
 */
package dev.gradiant.sdk.internal.realtime;
