package dev.gradiant.sdk.credentials;

import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.concurrent.SdkThread;
import dev.gradiant.sdk.internal.http.ClientStateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * OAuth/JWT bearer credentials that renew themselves: shortly before the access token expires (and
 * once after a {@code 401}), the refresh token obtains a new one. However many threads find the
 * token stale at once, one refresh call is made and all of them use its result. A rotated refresh
 * token is handed to {@code onRotation} so the application can persist it.
 *
 * <p>Only a refusal of the refresh token is an {@link AuthenticationException}: a {@code 401} or
 * {@code 403} from the token endpoint, or a {@code 400} whose error code is {@code invalid_grant},
 * {@code invalid_client}, {@code unauthorized_client}, {@code INVALID_TOKEN} or {@code
 * AUTHENTICATION_REQUIRED} (in any case). Whatever else the refresher throws fails the call as it
 * is. A refresh that fails because the token endpoint is out of service ({@code 408}, {@code 429},
 * {@code 500}, {@code 502}, {@code 503}, {@code 504}, a {@code ConnectionException} or {@code
 * ApiTimeoutException}) is retried by the call like any transient failure, within its deadline and
 * retry budget, and thrown as it is if every attempt fails: an outage never signs the user out. Any
 * other answer (another {@code 4xx}, a {@code 3xx} as {@code UnexpectedRedirectException}, a
 * proxy's HTML page as {@code MalformedResponseException}) is thrown at once, as it is.
 *
 * <p>The SDK's calls, blocking and asynchronous, share the future of the refresh in flight, which
 * runs on the {@link Builder#refreshExecutor(Executor) refresh executor}: a blocking call waits for
 * it on its own thread, an asynchronous one holds no thread, and neither waits past its {@code
 * timeout} (it then fails with an {@code ApiTimeoutException}, and the refresh goes on for the
 * calls after it). Blocking and asynchronous callers share the same single refresh.
 *
 * <pre>{@code
 * Credentials credentials = RefreshingTokenCredentials.builder()
 *     .tokens(TokenSet.builder()
 *         .accessToken(accessToken)
 *         .refreshToken(refreshToken)
 *         .expiresAt(expiresAt)
 *         .build())
 *     .refresher(refresh -> tokenStore.exchange(refresh))
 *     .onRotation(tokenStore::save)
 *     .build();
 * }</pre>
 */
public final class RefreshingTokenCredentials implements RenewableCredentials {
  private static final String AUTHORIZATION = "Authorization";

  /**
   * The error codes of a {@code 400} that refuse the refresh token, compared in lower case: OAuth's
   * (RFC 6749 section 5.2) and the contract's own for an invalid or missing token.
   */
  private static final Set<String> REFUSAL_CODES =
      Set.of(
          "invalid_grant",
          "invalid_client",
          "unauthorized_client",
          "invalid_token",
          "authentication_required");

  private static final Executor NEW_DAEMON_THREAD =
      task -> SdkThread.daemon(task, "gradiant-token-refresh").start();

  private final TokenRefresher refresher;
  private final Consumer<TokenSet> onRotation;
  private final Duration refreshAhead;
  private final Clock clock;
  private final Executor refreshExecutor;
  private final Object lock = new Object();
  private volatile Issued current;
  private CompletableFuture<Issued> inFlight;

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
    this.refreshExecutor = builder.refreshExecutor;
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
      issued = Futures.join(refreshIfStill(issued, Runnable::run));
    }
    return issued.headers();
  }

  /**
   * Never blocks: fresh headers complete at once; stale ones wait for the one refresh in flight
   * (started here on the {@link Builder#refreshExecutor refresh executor} if none is).
   */
  @Override
  public CompletableFuture<Map<String, String>> authHeadersAsync() {
    Issued issued = current;
    if (!isStale(issued.tokens())) {
      return CompletableFuture.completedFuture(issued.headers());
    }
    return refreshIfStill(issued, refreshExecutor).thenApply(Issued::headers);
  }

  @Override
  public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
    Issued issued = current;
    if (wasRenewedSince(issued, rejectedHeaders)) {
      return true;
    }
    Futures.join(refreshIfStill(issued, Runnable::run));
    return true;
  }

  /** As {@link #renewAfterRejection(Map)}, without blocking: the refresh runs as above. */
  @Override
  public CompletableFuture<Boolean> renewAfterRejectionAsync(Map<String, String> rejectedHeaders) {
    Issued issued = current;
    if (wasRenewedSince(issued, rejectedHeaders)) {
      return CompletableFuture.completedFuture(true);
    }
    return refreshIfStill(issued, refreshExecutor).thenApply(renewed -> true);
  }

  /** {@return the tokens in use now} */
  public TokenSet tokens() {
    return current.tokens();
  }

  private boolean isStale(TokenSet tokens) {
    return tokens
        .expiresAt()
        .map(expiresAt -> !clock.instant().plus(refreshAhead).isBefore(expiresAt))
        .orElse(false);
  }

  private static boolean wasRenewedSince(Issued issued, Map<String, String> rejectedHeaders) {
    return !issued.headers().get(AUTHORIZATION).equals(rejectedHeaders.get(AUTHORIZATION));
  }

  /**
   * The refresh of {@code seen}: none if another caller already replaced it, the one in flight if
   * there is one (so that any number of stale callers, blocking or not, cause one refresh), else a
   * new one run by {@code runner}: the calling thread for a blocking caller, the refresh executor
   * for an asynchronous one. The lock is held only to pick, never during the refresh.
   */
  private CompletableFuture<Issued> refreshIfStill(Issued seen, Executor runner) {
    CompletableFuture<Issued> refresh;
    String refreshToken;
    synchronized (lock) {
      if (current != seen) {
        return CompletableFuture.completedFuture(current);
      }
      if (inFlight != null) {
        return inFlight;
      }
      refreshToken = seen.tokens().refreshToken().orElse(null);
      if (refreshToken == null) {
        return CompletableFuture.failedFuture(
            new ClientStateException(
                "The access token expired or was rejected and there is no refresh token to renew"
                    + " it"));
      }
      refresh = new CompletableFuture<>();
      inFlight = refresh;
    }
    try {
      runner.execute(() -> runRefresh(refreshToken, refresh));
    } catch (RuntimeException e) {
      finish(refresh, null, e);
    }
    return refresh;
  }

  private void runRefresh(String refreshToken, CompletableFuture<Issued> refresh) {
    try {
      TokenSet fresh = refresh(refreshToken);
      TokenSet kept =
          fresh.refreshToken().isEmpty()
              ? fresh.toBuilder().refreshToken(refreshToken).build()
              : fresh;
      Issued issued = Issued.of(kept);
      synchronized (lock) {
        current = issued;
      }
      if (!kept.refreshToken().orElseThrow().equals(refreshToken)) {
        onRotation.accept(kept);
      }
      finish(refresh, issued, null);
    } catch (RuntimeException | Error e) {
      finish(refresh, null, e);
    }
  }

  private void finish(CompletableFuture<Issued> refresh, Issued issued, Throwable failure) {
    synchronized (lock) {
      if (inFlight == refresh) {
        inFlight = null;
      }
    }
    if (failure == null) {
      refresh.complete(issued);
    } else {
      refresh.completeExceptionally(failure);
    }
  }

  /**
   * Runs the refresher. Only a refusal of the refresh token becomes an {@link
   * AuthenticationException}: a {@code 401} or {@code 403}, or a {@code 400} whose error code says
   * the grant, token or client is invalid ({@link #REFUSAL_CODES}). Anything else the refresher
   * throws is thrown as it is: an outage of the token endpoint ({@code 408}, {@code 429}, {@code
   * 5xx}, a {@code ConnectionException} or {@code ApiTimeoutException}), which the call retries,
   * and any other answer (another {@code 4xx}, a {@code 3xx}, a success status whose body is not
   * tokens), which says nothing about the refresh token.
   */
  private TokenSet refresh(String refreshToken) {
    try {
      return Objects.requireNonNull(refresher.refresh(refreshToken), "refresher returned null");
    } catch (ApiException e) {
      if (isRefusal(e) && !(e instanceof AuthenticationException)) {
        throw new AuthenticationException(e.error(), e.metadata(), e.rawBody());
      }
      throw e;
    }
  }

  /** {@return whether the token endpoint refused the refresh token itself} */
  private static boolean isRefusal(ApiException e) {
    int status = e.statusCode();
    if (status == 401 || status == 403) {
      return true;
    }
    return status == 400
        && e.errorCode()
            .map(code -> REFUSAL_CODES.contains(code.strip().toLowerCase(Locale.ROOT)))
            .orElse(false);
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
    private Executor refreshExecutor = NEW_DAEMON_THREAD;

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
     * Where the refresher runs when a call of the SDK finds the token stale or rejected, so that no
     * event-loop thread blocks on it and no call waits for it past its {@code timeout}. By default
     * each refresh runs on a new daemon thread named {@code gradiant-token-refresh} (refreshes are
     * rare, and one at a time); the calls waiting for it then go on, or fail, without running any
     * application stage on that thread, so that one caller's slow stage cannot hold back the
     * others. With an executor given here, the asynchronous calls waiting for a refresh go on on
     * its thread, and when the refresh fails their futures complete there (unless the client has an
     * {@code asyncExecutor}). Blocking calls use it too, and wait for the refresh on their own
     * thread; only a direct call of {@link #authHeaders()} or {@link #renewAfterRejection(Map)}
     * runs the refresher on the calling thread. An executor that runs the task on the calling
     * thread ({@code Runnable::run}) gives up the bound by the call's {@code timeout}.
     *
     * @param refreshExecutor e.g. the application's executor for blocking work
     * @return this builder
     */
    public Builder refreshExecutor(Executor refreshExecutor) {
      this.refreshExecutor =
          Objects.requireNonNull(refreshExecutor, "refreshExecutor must not be null");
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
