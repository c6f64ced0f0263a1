package dev.gradiant.sdk;

import dev.gradiant.sdk.analytics.AnalyticsClient;
import dev.gradiant.sdk.apikeys.ApiKeysClient;
import dev.gradiant.sdk.auth.AuthClient;
import dev.gradiant.sdk.bookings.BookingsClient;
import dev.gradiant.sdk.conversations.ConversationsClient;
import dev.gradiant.sdk.grants.GrantsClient;
import dev.gradiant.sdk.graphql.GraphqlClient;
import dev.gradiant.sdk.health.HealthClient;
import dev.gradiant.sdk.healthrecords.HealthRecordsClient;
import dev.gradiant.sdk.internal.client.ClientRuntime;
import dev.gradiant.sdk.internal.graphql.GraphqlClientFactory;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.payments.PaymentsClient;
import dev.gradiant.sdk.practitioners.PractitionersClient;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import dev.gradiant.sdk.sessions.SessionsClient;
import dev.gradiant.sdk.users.UsersClient;
import dev.gradiant.sdk.wearables.WearablesClient;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointsClient;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The entry point to the Gradiant API v1. Build one per application and share it: it is immutable
 * and thread-safe, and it holds a connection pool. Close it when the application stops.
 *
 * <pre>{@code
 * try (GradiantClient client = GradiantClient.builder().apiToken(token).build()) {
 *   User me = client.users().me();
 * }
 * }</pre>
 *
 * <p>Each resource of the API has a sub-client ({@link #users()}, {@link #health()}); each
 * sub-client method is one API operation and returns its typed result, or throws a {@link
 * dev.gradiant.sdk.errors.GradiantException}.
 */
public final class GradiantClient implements AutoCloseable {
  /** The production API root. */
  public static final String DEFAULT_BASE_URL = "https://api.gradiant.dev/v1";

  /** Environment variable read for an API token when the builder was given no credentials. */
  public static final String ENV_API_TOKEN = "GRADIANT_API_TOKEN";

  /** Environment variable read for an API key when the builder was given no credentials. */
  public static final String ENV_API_KEY = "GRADIANT_API_KEY";

  /** Environment variable read for the base URL when the builder was given none. */
  public static final String ENV_BASE_URL = "GRADIANT_BASE_URL";

  /** The largest response body a client reads unless told otherwise: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = 16L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final ClientRuntime runtime;
  private final AsyncGradiantClient async;
  private final HealthClient health;
  private final AuthClient auth;
  private final UsersClient users;
  private final SessionsClient sessions;
  private final BookingsClient bookings;
  private final PractitionersClient practitioners;
  private final AnalyticsClient analytics;
  private final WebhookEndpointsClient webhookEndpoints;
  private final HealthRecordsClient healthRecords;
  private final ApiKeysClient apiKeys;
  private final PaymentsClient payments;
  private final GrantsClient grants;
  private final WearablesClient wearables;
  private final ConversationsClient conversations;
  private final GraphqlClient graphql;
  private final RealtimeFeed realtime;
  private final SubscriptionEngine subscriptions;

  GradiantClient(
      HttpUrl baseUrl,
      ClientRuntime runtime,
      RealtimeFeed realtime,
      SubscriptionEngine subscriptions) {
    this.baseUrl = baseUrl;
    this.runtime = runtime;
    this.realtime = realtime;
    this.subscriptions = subscriptions;
    RequestExecutor executor = runtime.executor();
    this.async = new AsyncGradiantClient(executor, subscriptions);
    this.health = SubClientFactories.create(HealthClient.class, executor);
    this.auth = SubClientFactories.create(AuthClient.class, executor);
    this.users = SubClientFactories.create(UsersClient.class, executor);
    this.sessions = SubClientFactories.create(SessionsClient.class, executor);
    this.bookings = SubClientFactories.create(BookingsClient.class, executor);
    this.practitioners = SubClientFactories.create(PractitionersClient.class, executor);
    this.analytics = SubClientFactories.create(AnalyticsClient.class, executor);
    this.webhookEndpoints = SubClientFactories.create(WebhookEndpointsClient.class, executor);
    this.healthRecords = SubClientFactories.create(HealthRecordsClient.class, executor);
    this.apiKeys = SubClientFactories.create(ApiKeysClient.class, executor);
    this.payments = SubClientFactories.create(PaymentsClient.class, executor);
    this.grants = SubClientFactories.create(GrantsClient.class, executor);
    this.wearables = SubClientFactories.create(WearablesClient.class, executor);
    this.conversations = SubClientFactories.create(ConversationsClient.class, executor);
    this.graphql = GraphqlClientFactory.create(GraphqlClient.class, executor, subscriptions);
  }

  /** {@return a builder; see {@link GradiantClientBuilder} for the options and their defaults} */
  public static GradiantClientBuilder builder() {
    return new GradiantClientBuilder();
  }

  /** {@return service health ({@code GET /health}), which needs no credentials} */
  public HealthClient health() {
    return health;
  }

  /** {@return login, one-time passwords, token refresh and OAuth 2.0 with PKCE} */
  public AuthClient auth() {
    return auth;
  }

  /** {@return users, their preferences, health profiles and bookings} */
  public UsersClient users() {
    return users;
  }

  /** {@return therapy sessions, their phases and event log} */
  public SessionsClient sessions() {
    return sessions;
  }

  /** {@return bookings of practitioners} */
  public BookingsClient bookings() {
    return bookings;
  }

  /** {@return the practitioner directory and availability} */
  public PractitionersClient practitioners() {
    return practitioners;
  }

  /** {@return session and user analytics} */
  public AnalyticsClient analytics() {
    return analytics;
  }

  /** {@return the endpoints that receive webhook deliveries} */
  public WebhookEndpointsClient webhookEndpoints() {
    return webhookEndpoints;
  }

  /** {@return health-record shares: consent for a practitioner to read, until an expiry} */
  public HealthRecordsClient healthRecords() {
    return healthRecords;
  }

  /** {@return the account's API keys: create (the secret is shown once), list, revoke} */
  public ApiKeysClient apiKeys() {
    return apiKeys;
  }

  /** {@return payment intents for bookings and users' payment history} */
  public PaymentsClient payments() {
    return payments;
  }

  /** {@return patients' data-access grants: the grants the caller asked for, one by one} */
  public GrantsClient grants() {
    return grants;
  }

  /** {@return wearable ingestion: batches of device samples, split and retried safely} */
  public WearablesClient wearables() {
    return wearables;
  }

  /** {@return conversations, their messages and file uploads} */
  public ConversationsClient conversations() {
    return conversations;
  }

  /**
   * {@return GraphQL queries and mutations ({@code POST /graphql}), with a cursor pager, and
   * subscriptions over WebSocket ({@code graphql-transport-ws})}
   */
  public GraphqlClient graphql() {
    return graphql;
  }

  /**
   * The live feed over WebSocket: booking updates, chat messages, typing indicators and call
   * signalling as typed events, for a listener or a {@link java.util.concurrent.Flow.Publisher}. It
   * connects at the first subscription, authenticates with this client's credentials, and
   * reconnects and resumes without losing or repeating an event; see {@link RealtimeFeed}.
   *
   * @return the feed; closed with this client
   */
  public RealtimeFeed realtime() {
    return realtime;
  }

  /**
   * The same API without blocking: every sub-client and method of this client, returning a {@link
   * java.util.concurrent.CompletableFuture}. Calls share this client's connection pool, retries,
   * rate limits and credentials; waits between attempts do not hold a thread. Which thread
   * completes the futures (and runs their dependent stages) is described in {@link
   * AsyncGradiantClient}; {@link GradiantClientBuilder#asyncExecutor(Executor)} chooses it.
   *
   * <pre>{@code
   * client.async().users().get("user_123").thenAccept(user -> ...);
   * }</pre>
   *
   * @return the asynchronous view of this client; closed with it
   */
  public AsyncGradiantClient async() {
    return async;
  }

  /** {@return the API root this client calls} */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the connection pool and threads the client created, and closes the live feed ({@link
   * #realtime()}) and the GraphQL subscriptions' connection with {@code 1000}. An {@link
   * OkHttpClient} handed in through {@link GradiantClientBuilder#httpClient(OkHttpClient)} stays
   * open: it belongs to the caller. Calls made after closing fail with {@link
   * IllegalStateException}.
   */
  @Override
  public void close() {
    realtime.close();
    subscriptions.close();
    runtime.close();
  }

  @Override
  public String toString() {
    return "GradiantClient[" + baseUrl + "]";
  }
}
