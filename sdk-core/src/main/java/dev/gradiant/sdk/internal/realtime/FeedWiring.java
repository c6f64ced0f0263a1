package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Clock;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;

/**
 * What the client's live feed is built from.
 *
 * @param url the feed's URL (see {@link RealtimeUrl})
 * @param sockets opens the WebSockets
 * @param credentials the client's credentials, or {@code null} when it was built without any
 * @param scheduler the timer of heartbeats and reconnect waits (the client's scheduler)
 * @param clock the time source
 * @param jitter uniform values in [0, 1) for the reconnect backoff
 * @param bufferCapacity events buffered per consumer
 * @param failOnOverflow whether a full buffer fails the feed (else it reconnects and resumes)
 */
public record FeedWiring(
    HttpUrl url,
    WebSocketOpener sockets,
    Credentials credentials,
    Scheduler scheduler,
    Clock clock,
    DoubleSupplier jitter,
    int bufferCapacity,
    boolean failOnOverflow) {}
