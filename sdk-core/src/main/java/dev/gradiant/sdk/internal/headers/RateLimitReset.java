package dev.gradiant.sdk.internal.headers;

import java.time.Duration;
import java.time.Instant;

/**
 * What the client believes of an {@code X-RateLimit-Reset} value, which the contract gives in epoch
 * seconds. The API's windows are a minute (per-user and per-key limits) or an hour (plan tiers,
 * uploads: "limits reset every hour"), so a reset further ahead than {@link #MAX_AHEAD} (an hour
 * plus five minutes for the server's clock running ahead of the client's) cannot be a real window
 * and is not trusted: the client then waits for nothing (a real limit comes back as a {@code 429},
 * whose {@code Retry-After} or backoff applies). In full:
 *
 * <ul>
 *   <li>epoch seconds up to {@link #MAX_AHEAD} from now: trusted as given;
 *   <li>epoch seconds in the past (negative ones included): trusted, the window is over;
 *   <li>a value that is too far ahead as seconds but within {@link #MAX_AHEAD} of now either way
 *       when read as epoch <em>milliseconds</em> (a server off the contract): read as milliseconds;
 *   <li>anything else ahead (years ahead, a value beyond any date): not trusted.
 * </ul>
 *
 * <p>Public because the rate-limit budget ({@code internal.resilience}) reads it too.
 *
 * @param at the reset the client believes, or {@code null} when not trusted
 * @param asMillis whether the value was read as epoch milliseconds
 */
public record RateLimitReset(Instant at, boolean asMillis) {
  /** The furthest ahead a reset is believed: the API's longest window, an hour, plus 5 minutes. */
  public static final Duration MAX_AHEAD = Duration.ofMinutes(65);

  private static final RateLimitReset UNTRUSTED = new RateLimitReset(null, false);

  /**
   * @param value the header's number (see {@link HeaderNumber#parse}), not {@link
   *     HeaderNumber#ABSENT}
   * @param now the time now
   * @return what to believe of it
   */
  public static RateLimitReset read(long value, Instant now) {
    long nowSecond = now.getEpochSecond();
    long window = MAX_AHEAD.getSeconds();
    if (value <= nowSecond + window) {
      return new RateLimitReset(Instant.ofEpochSecond(Math.max(value, 0)), false);
    }
    long asSeconds = value / 1000;
    if (asSeconds >= nowSecond - window && asSeconds <= nowSecond + window) {
      return new RateLimitReset(Instant.ofEpochMilli(value), true);
    }
    return UNTRUSTED;
  }

  /** {@return whether the client believes this reset} */
  public boolean trusted() {
    return at != null;
  }
}
