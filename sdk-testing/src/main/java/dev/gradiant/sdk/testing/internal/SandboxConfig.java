package dev.gradiant.sdk.testing.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * How a sandbox is set up.
 *
 * @param port the port, or 0 for a free one
 * @param clock the clock for timestamps, expiry and rate-limit windows
 * @param seed the seed of ids, tokens and secrets
 * @param rateLimit requests allowed per {@code rateLimitWindow}
 * @param rateLimitWindow the rate-limit window
 * @param apiToken the API token accepted
 * @param apiKey the API key accepted
 * @param password the password of every user
 * @param otp the one-time password sent to every user
 * @param oauthClientId the OAuth client id accepted
 * @param demoSessions how many past sessions to create
 * @param webhookAttempts POSTs per webhook delivery
 * @param webhookBackoff the wait before a delivery's second attempt (doubled after)
 * @param graphqlInitTimeout how long a GraphQL subscriptions connection may go without {@code
 *     connection_init} before it is closed {@code 4408}
 */
public record SandboxConfig(
    int port,
    Clock clock,
    long seed,
    int rateLimit,
    Duration rateLimitWindow,
    String apiToken,
    String apiKey,
    String password,
    String otp,
    String oauthClientId,
    int demoSessions,
    int webhookAttempts,
    Duration webhookBackoff,
    Duration graphqlInitTimeout) {}
