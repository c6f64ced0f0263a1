package dev.gradiant.sdk.micrometer;

import dev.gradiant.sdk.micrometer.internal.MetricsObserver;
import dev.gradiant.sdk.observability.CallObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Micrometer metrics for the Gradiant client.
 *
 * <pre>{@code
 * GradiantClient client = GradiantClient.builder()
 *     .addObserver(GradiantMetrics.create(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <h2>Meters</h2>
 *
 * <table>
 *   <caption>What is measured</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer</td>
 *       <td>{@code client}, {@code operation}, {@code method}, {@code status}, {@code outcome},
 *       {@code exception}</td>
 *       <td>each logical call (an SDK method, one page of a list), from its start to its end,
 *       retries and the waits between them included</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td>
 *       <td>{@code client}, {@code operation}, {@code method}, {@code reason}</td>
 *       <td>each retry the client decided on</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_REMAINING}</td><td>gauge</td><td>{@code client}</td>
 *       <td>the requests left in the API's rate-limit window, as the last answer that reported it
 *       said ({@code X-RateLimit-Remaining}); {@code NaN} until one did</td></tr>
 * </table>
 *
 * <h2>Tags</h2>
 *
 * Every tag has a small, fixed set of values, so the number of meters does not grow with the number
 * of calls, users or ids:
 *
 * <ul>
 *   <li>{@code client}: the name given to {@link #create(MeterRegistry, String)}, {@code default}
 *       otherwise;
 *   <li>{@code operation}: the contract's {@code operationId}, e.g. {@code getUser} (never a path
 *       or an id);
 *   <li>{@code method}: the HTTP method, e.g. {@code GET};
 *   <li>{@code status}: the class of the last answer's status, {@code 2xx} ... {@code 5xx}, or
 *       {@code NONE} when the call had no answer;
 *   <li>{@code outcome}: the caller's view: {@code SUCCESS} (a result was returned), {@code
 *       CLIENT_ERROR} ({@code 4xx}), {@code SERVER_ERROR} ({@code 5xx}), {@code REDIRECTION}
 *       ({@code 3xx}), {@code CANCELLED} (the caller cancelled it), {@code UNKNOWN} (no answer, or
 *       a failure after one);
 *   <li>{@code exception}: the simple name of the exception the call failed with, e.g. {@code
 *       NotFoundException}, or {@code none};
 *   <li>{@code reason}: why the call was retried, a {@link
 *       dev.gradiant.sdk.observability.RetryReason} name such as {@code RATE_LIMITED}.
 * </ul>
 *
 * <p>The names are the SDK's own ({@code gradiant.client.*}), not Micrometer's and Spring's {@code
 * http.client.requests}: a call here is a logical call with its retries, not one HTTP exchange, and
 * its tag keys differ; sharing that name would mix the two in one series, and some registries
 * (Prometheus) refuse two meters of one name with different tag keys.
 */
public final class GradiantMetrics {
  /** The timer of calls. */
  public static final String REQUESTS = "gradiant.client.requests";

  /** The counter of retries. */
  public static final String RETRIES = "gradiant.client.retries";

  /** The gauge of the rate-limit budget left. */
  public static final String RATE_LIMIT_REMAINING = "gradiant.client.rate_limit.remaining";

  /** The {@code client} tag's value when no name is given. */
  public static final String DEFAULT_CLIENT_NAME = "default";

  private GradiantMetrics() {}

  /**
   * An observer that measures every call of the client it is added to, tagged {@code
   * client=default}.
   *
   * @param registry where the meters go
   * @return the observer, for {@link dev.gradiant.sdk.GradiantClientBuilder#addObserver}
   */
  public static CallObserver create(MeterRegistry registry) {
    return create(registry, DEFAULT_CLIENT_NAME);
  }

  /**
   * An observer that measures every call of the client it is added to, tagged {@code
   * client=clientName}: give each client of an application its own name (e.g. {@code billing}), so
   * that each has its own rate-limit gauge. (Observers of one name in one registry share the
   * timers, the counters and the gauge, which shows the budget the last of them to see one
   * reported: a client built again under the same name takes over its gauge.)
   *
   * @param registry where the meters go
   * @param clientName the {@code client} tag's value: a fixed name, never an id
   * @return the observer, for {@link dev.gradiant.sdk.GradiantClientBuilder#addObserver}
   * @throws IllegalArgumentException if {@code clientName} is blank
   */
  public static CallObserver create(MeterRegistry registry, String clientName) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(clientName, "clientName");
    if (clientName.isBlank()) {
      throw new IllegalArgumentException("clientName must not be blank");
    }
    return new MetricsObserver(registry, clientName);
  }
}
