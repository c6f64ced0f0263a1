package dev.gradiant.sdk.testing.internal;

import java.time.Instant;
import java.util.Set;

/**
 * Who a credential belongs to.
 *
 * @param kind what kind of credential it is
 * @param userId the user it acts as
 * @param scopes the OAuth scopes granted, or null for full access
 * @param sessionId the session, for a session token
 * @param expiresAt when it stops working, or null for never
 */
public record Principal(
    Kind kind, String userId, Set<String> scopes, String sessionId, Instant expiresAt) {

  /** The kinds of credentials the sandbox issues. */
  public enum Kind {
    /** The sandbox's API token ({@code Authorization: Bearer}). */
    API_TOKEN,
    /** The sandbox's API key ({@code X-API-Key}, or as a bearer token). */
    API_KEY,
    /**
     * An access token from {@code /auth/login}, {@code /auth/otp/verify} or {@code /auth/refresh}.
     */
    ACCESS_TOKEN,
    /** An access token from {@code /oauth/token}. */
    OAUTH,
    /** A session's participant token. */
    SESSION
  }

  boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
