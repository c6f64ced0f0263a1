package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * OAuth/JWT bearer credentials that renew themselves: shortly before the access token expires (and
 * once after a {@code 401}), the refresh token obtains a new one. However many threads find the
 * token stale at once, one refresh call is made and all of them use its result. A rotated refresh
 * token is handed to {@code onRotation} so the application can persist it.
 *
 * <pre>{@code
 * Credentials credentials = RefreshingTokenCredentials.builder()
 *     .tokens(new TokenSet(accessToken, refreshToken, expiresAt))
 *     .refresher(refresh -> tokenStore.exchange(refresh))
 *     .onRotation(tokenStore::save)
 *     .build();
 * }</pre>
 */
public final class RefreshingTokenCredentials implements RenewableCredentials {
  private static final String AUTHORIZATION = "Authorization";

  private final TokenRefresher refresher;
  private final Consumer<TokenSet> onRotation;
  private final Duration refreshAhead;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile Issued current;

  /** The tokens and the headers made from them, replaced together. */
  private record Issued(TokenSet tokens, Map<String, String> headers) {
    static Issued of(TokenSet tokens) {
      return new Issued(tokens, Map.of(AUTHORIZATION, "Bearer " + tokens.accessToken()));
    }
  }

  private RefreshingTokenCredentials(Builder builder) {
    this.refresher = builder.refresher;
    this.onRotation = builder.onRotation;
    this.refreshAhead = builder.refreshAhead;
    this.clock = builder.clock;
    this.current = Issued.of(builder.tokens);
  }

  /** {@return a builder; tokens and refresher are required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Map<String, String> authHeaders() {
    Issued issued = current;
    if (isStale(issued.tokens())) {
      issued = refreshIfStill(issued);
    }
    return issued.headers();
  }

  @Override
  public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
    Issued issued = current;
    if (!issued.headers().get(AUTHORIZATION).equals(rejectedHeaders.get(AUTHORIZATION))) {
      return true;
    }
    refreshIfStill(issued);
    return true;
  }

  /** {@return the tokens in use now} */
  public TokenSet tokens() {
    return current.tokens();
  }

  private boolean isStale(TokenSet tokens) {
    return tokens.expiresAt() != null
        && !clock.instant().plus(refreshAhead).isBefore(tokens.expiresAt());
  }

  /** Refreshes unless another thread replaced {@code seen} while this one waited for the lock. */
  private Issued refreshIfStill(Issued seen) {
    synchronized (lock) {
      if (current != seen) {
        return current;
      }
      String refreshToken = seen.tokens().refreshToken();
      if (refreshToken == null) {
        throw new IllegalStateException(
            "The access token expired or was rejected and there is no refresh token to renew it");
      }
      TokenSet fresh = refresh(refreshToken);
      TokenSet kept =
          fresh.refreshToken() == null
              ? new TokenSet(fresh.accessToken(), refreshToken, fresh.expiresAt())
              : fresh;
      current = Issued.of(kept);
      if (!refreshToken.equals(kept.refreshToken())) {
        onRotation.accept(kept);
      }
      return current;
    }
  }

  private TokenSet refresh(String refreshToken) {
    try {
      return Objects.requireNonNull(refresher.refresh(refreshToken), "refresher returned null");
    } catch (AuthenticationException e) {
      throw e;
    } catch (ApiException e) {
      throw new AuthenticationException(e.error(), e.metadata(), e.rawBody());
    }
  }

  @Override
  public String toString() {
    return "RefreshingTokenCredentials[" + current.tokens() + "]";
  }

  /** Collects the settings of {@link RefreshingTokenCredentials}. */
  public static final class Builder {
    private TokenSet tokens;
    private TokenRefresher refresher;
    private Consumer<TokenSet> onRotation = tokens -> {};
    private Duration refreshAhead = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param tokens the current tokens (required)
     * @return this builder
     */
    public Builder tokens(TokenSet tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
      return this;
    }

    /**
     * @param refresher how to obtain new tokens (required)
     * @return this builder
     */
    public Builder refresher(TokenRefresher refresher) {
      this.refresher = Objects.requireNonNull(refresher, "refresher must not be null");
      return this;
    }

    /**
     * @param onRotation called with the new tokens whenever the refresh token changes, so the
     *     application can persist it
     * @return this builder
     */
    public Builder onRotation(Consumer<TokenSet> onRotation) {
      this.onRotation = Objects.requireNonNull(onRotation, "onRotation must not be null");
      return this;
    }

    /**
     * @param refreshAhead how long before expiry the token is renewed (default 30 s)
     * @return this builder
     */
    public Builder refreshAhead(Duration refreshAhead) {
      Objects.requireNonNull(refreshAhead, "refreshAhead must not be null");
      if (refreshAhead.isNegative()) {
        throw new IllegalArgumentException(
            "refreshAhead must not be negative, got " + refreshAhead);
      }
      this.refreshAhead = refreshAhead;
      return this;
    }

    /**
     * @param clock the time source for expiry checks (default UTC system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * @return the credentials
     * @throws NullPointerException if tokens or refresher are unset
     */
    public RefreshingTokenCredentials build() {
      Objects.requireNonNull(tokens, "tokens must be set");
      Objects.requireNonNull(refresher, "refresher must be set");
      return new RefreshingTokenCredentials(this);
    }
  }
}
