package dev.gradiant.sdk;

import dev.gradiant.sdk.analytics.AsyncAnalyticsClient;
import dev.gradiant.sdk.apikeys.AsyncApiKeysClient;
import dev.gradiant.sdk.auth.AsyncAuthClient;
import dev.gradiant.sdk.bookings.AsyncBookingsClient;
import dev.gradiant.sdk.conversations.AsyncConversationsClient;
import dev.gradiant.sdk.grants.AsyncGrantsClient;
import dev.gradiant.sdk.graphql.AsyncGraphqlClient;
import dev.gradiant.sdk.health.AsyncHealthClient;
import dev.gradiant.sdk.healthrecords.AsyncHealthRecordsClient;
import dev.gradiant.sdk.internal.client.SubClientSlot;
import dev.gradiant.sdk.internal.graphql.GraphqlClientFactory;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.payments.AsyncPaymentsClient;
import dev.gradiant.sdk.practitioners.AsyncPractitionersClient;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import dev.gradiant.sdk.sessions.AsyncSessionsClient;
import dev.gradiant.sdk.users.AsyncUsersClient;
import dev.gradiant.sdk.wearables.AsyncWearablesClient;
import dev.gradiant.sdk.webhookendpoints.AsyncWebhookEndpointsClient;

/**
 * The Gradiant API v1 without blocking, from {@link GradiantClient#async()}: the same sub-clients
 * and methods, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <pre>{@code
 * client.async().users().get("user_123")
 *     .thenAccept(user -> log.info("found {}", user.email()))
 *     .exceptionally(e -> { ... }); // e is the same ApiException subclass the blocking call throws
 * }</pre>
 *
 * <ul>
 *   <li>Results and failures are those of the blocking client: {@code join()} throws a {@link
 *       java.util.concurrent.CompletionException} whose cause is the SDK's exception; a stage
 *       attached directly to the returned future sees the SDK's exception itself.
 *   <li>Arguments are checked at once: a bad one is thrown by the method, nothing is sent.
 *   <li>Retries, backoff, {@code Retry-After}, rate-limit waits, token refresh and the call's
 *       timeout behave as in the blocking client; waits are scheduled, not slept, so no thread is
 *       held while a call waits.
 *   <li>Cancelling a returned future cancels the HTTP exchange in flight and any retry to come
 *       (cancelling a future derived from it with {@code thenApply} and the like does not).
 *   <li>Requests go through OkHttp's asynchronous dispatcher (its {@code executorService()}); see
 *       below for the thread that completes a future.
 * </ul>
 *
 * <h2>Which thread completes a future</h2>
 *
 * <p>A stage attached to a returned future without an executor ({@code thenApply}, {@code
 * thenAccept}, {@code whenComplete}...) runs on the thread that completes the future, or at once on
 * the attaching thread if the future is already complete.
 *
 * <ul>
 *   <li>With {@link GradiantClientBuilder#asyncExecutor(java.util.concurrent.Executor)}: always a
 *       thread of that executor, however the call ended (a response, an HTTP error, a timeout, a
 *       failure after a retry or rate-limit wait, a failed token refresh, a call refused before it
 *       was sent). A call that ends on one of the client's own threads (see below) is handed to the
 *       client's completion pool first, and given to the executor from there, so that even an
 *       executor that runs tasks on the calling thread ({@code Runnable::run}, a saturated pool
 *       with {@code CallerRunsPolicy}) never runs a stage on one of them.
 *   <li>Without it, a call that ends on an OkHttp dispatcher thread completes there, with no
 *       further hand-over: the fastest path. That is where a response (a success or an HTTP error)
 *       is read, and where OkHttp reports a failed exchange. Such a thread counts as one of the
 *       dispatcher's calls in flight (64 for the client's own OkHttp client) until the stage
 *       returns.
 *   <li>Without it, a call that ends on one of the threads the client keeps for all its calls
 *       completes on a thread of the client's own completion pool ({@code
 *       gradiant-async-completion}) instead: a timeout the deadline watch ({@code
 *       gradiant-deadlines}) reports first (always so for a call still queued in the dispatcher), a
 *       failure decided after a wait on the scheduler ({@code gradiant-scheduler}), a failed
 *       refresh on the default refresh thread ({@code gradiant-token-refresh}). No application code
 *       ever runs on those three, so a slow or blocking stage cannot hold back the deadlines,
 *       retries or refresh of other calls. The pool starts threads only as needed, at most 64, and
 *       stops with the client; while stages hold all 64, further completions wait in its queue, in
 *       order (the client's own threads never wait for it). Stages that block belong on an {@code
 *       asyncExecutor} of your own.
 *   <li>Without it, a call that fails before it is sent (the client is closed, or the rate limit is
 *       spent for longer than the call may wait) may return a future that is already complete.
 * </ul>
 *
 * <p>Keep stages on the dispatcher short: move slow or blocking work off it with the {@code
 * ...Async(fn, executor)} variants of {@code CompletableFuture}, or set an {@code asyncExecutor}.
 * The futures of {@link dev.gradiant.sdk.pagination.AsyncPage#nextPage()} and the signals of {@link
 * dev.gradiant.sdk.pagination.AsyncAutoPager} follow the same rules.
 *
 * <p>This is a view of its {@link GradiantClient}: it shares its connection pool, options and
 * credentials, and is closed with it.
 */
public final class AsyncGradiantClient {
  // Each sub-client is made at first access, so that a first call loads only its own classes.
  private final SubClientSlot<AsyncHealthClient> health;
  private final SubClientSlot<AsyncAuthClient> auth;
  private final SubClientSlot<AsyncUsersClient> users;
  private final SubClientSlot<AsyncSessionsClient> sessions;
  private final SubClientSlot<AsyncBookingsClient> bookings;
  private final SubClientSlot<AsyncPractitionersClient> practitioners;
  private final SubClientSlot<AsyncAnalyticsClient> analytics;
  private final SubClientSlot<AsyncWebhookEndpointsClient> webhookEndpoints;
  private final SubClientSlot<AsyncHealthRecordsClient> healthRecords;
  private final SubClientSlot<AsyncApiKeysClient> apiKeys;
  private final SubClientSlot<AsyncPaymentsClient> payments;
  private final SubClientSlot<AsyncGrantsClient> grants;
  private final SubClientSlot<AsyncWearablesClient> wearables;
  private final SubClientSlot<AsyncConversationsClient> conversations;
  private final RequestExecutor executor;
  private final LiveConnections live;
  private final Object lock = new Object();
  private volatile AsyncGraphqlClient graphql;

  AsyncGradiantClient(RequestExecutor executor, LiveConnections live) {
    this.executor = executor;
    this.live = live;
    this.health = new SubClientSlot<>(executor);
    this.auth = new SubClientSlot<>(executor);
    this.users = new SubClientSlot<>(executor);
    this.sessions = new SubClientSlot<>(executor);
    this.bookings = new SubClientSlot<>(executor);
    this.practitioners = new SubClientSlot<>(executor);
    this.analytics = new SubClientSlot<>(executor);
    this.webhookEndpoints = new SubClientSlot<>(executor);
    this.healthRecords = new SubClientSlot<>(executor);
    this.apiKeys = new SubClientSlot<>(executor);
    this.payments = new SubClientSlot<>(executor);
    this.grants = new SubClientSlot<>(executor);
    this.wearables = new SubClientSlot<>(executor);
    this.conversations = new SubClientSlot<>(executor);
  }

  /** {@return service health ({@code GET /health}), which needs no credentials} */
  public AsyncHealthClient health() {
    return health.get(AsyncHealthClient.class);
  }

  /** {@return login, one-time passwords, token refresh and OAuth 2.0 with PKCE} */
  public AsyncAuthClient auth() {
    return auth.get(AsyncAuthClient.class);
  }

  /** {@return users, their preferences, health profiles and bookings} */
  public AsyncUsersClient users() {
    return users.get(AsyncUsersClient.class);
  }

  /** {@return therapy sessions, their phases and event log} */
  public AsyncSessionsClient sessions() {
    return sessions.get(AsyncSessionsClient.class);
  }

  /** {@return bookings of practitioners} */
  public AsyncBookingsClient bookings() {
    return bookings.get(AsyncBookingsClient.class);
  }

  /** {@return the practitioner directory and availability} */
  public AsyncPractitionersClient practitioners() {
    return practitioners.get(AsyncPractitionersClient.class);
  }

  /** {@return session and user analytics} */
  public AsyncAnalyticsClient analytics() {
    return analytics.get(AsyncAnalyticsClient.class);
  }

  /** {@return the endpoints that receive webhook deliveries} */
  public AsyncWebhookEndpointsClient webhookEndpoints() {
    return webhookEndpoints.get(AsyncWebhookEndpointsClient.class);
  }

  /** {@return health-record shares, without blocking} */
  public AsyncHealthRecordsClient healthRecords() {
    return healthRecords.get(AsyncHealthRecordsClient.class);
  }

  /** {@return the account's API keys, without blocking} */
  public AsyncApiKeysClient apiKeys() {
    return apiKeys.get(AsyncApiKeysClient.class);
  }

  /** {@return payment intents for bookings and users' payment history} */
  public AsyncPaymentsClient payments() {
    return payments.get(AsyncPaymentsClient.class);
  }

  /** {@return {@link GradiantClient#grants()} without blocking} */
  public AsyncGrantsClient grants() {
    return grants.get(AsyncGrantsClient.class);
  }

  /** {@return {@link GradiantClient#wearables()} without blocking} */
  public AsyncWearablesClient wearables() {
    return wearables.get(AsyncWearablesClient.class);
  }

  /** {@return conversations, their messages and file uploads} */
  public AsyncConversationsClient conversations() {
    return conversations.get(AsyncConversationsClient.class);
  }

  /**
   * {@return GraphQL queries and mutations ({@code POST /graphql}), and subscriptions over
   * WebSocket ({@code graphql-transport-ws}) shared with {@link GradiantClient#graphql()}}
   */
  public AsyncGraphqlClient graphql() {
    AsyncGraphqlClient made = graphql;
    return made != null ? made : makeGraphql();
  }

  private AsyncGraphqlClient makeGraphql() {
    synchronized (lock) {
      AsyncGraphqlClient made = graphql;
      if (made == null) {
        made =
            GraphqlClientFactory.create(AsyncGraphqlClient.class, executor, live.subscriptions());
        graphql = made;
      }
      return made;
    }
  }

  /**
   * The live feed: the same instance as {@link GradiantClient#realtime()} (one connection per
   * client, whichever face uses it). Its methods never block: they return futures, a {@link
   * java.util.concurrent.Flow.Publisher}, or hand a frame to the connection; its futures complete
   * on the feed's own thread ({@code gradiant-realtime-replies}), not on an {@code asyncExecutor}.
   *
   * @return the feed; closed with the client
   */
  public RealtimeFeed realtime() {
    return live.feed();
  }

  @Override
  public String toString() {
    return "AsyncGradiantClient";
  }
}
