package dev.gradiant.sdk.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code gradiant.*} properties of the auto-configured {@link dev.gradiant.sdk.GradiantClient}.
 * Each maps to the {@link dev.gradiant.sdk.GradiantClientBuilder} method of the same name, whose
 * Javadoc has the details. Set exactly one of {@code gradiant.api-token} and {@code
 * gradiant.api-key}; like every property they can come from the environment ({@code
 * GRADIANT_API_TOKEN}, {@code GRADIANT_API_KEY}, {@code GRADIANT_BASE_URL}, the SDK's own
 * variables). The credentials are never logged, and the actuator's {@code /configprops} and {@code
 * /env} endpoints mask them even with {@code show-values=always}.
 */
@ConfigurationProperties(prefix = "gradiant")
public class GradiantProperties {

  /** The API root. Plain http is accepted only for loopback hosts. */
  private String baseUrl = "https://api.gradiant.dev/v1";

  /**
   * The root of the OAuth 2.0 endpoints, when they run on a host of their own. Default: base-url.
   */
  private String authBaseUrl;

  /** API token or OAuth access token, sent as "Authorization: Bearer". Not with api-key. */
  private String apiToken;

  /** API key, sent as "X-API-Key". Not with api-token. */
  private String apiKey;

  /** Time allowed to open a connection. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Time allowed between two bytes of the response. */
  private Duration readTimeout = Duration.ofSeconds(30);

  /** Time allowed between two bytes of the request. */
  private Duration writeTimeout = Duration.ofSeconds(30);

  /** Time allowed for one HTTP exchange (one attempt), from connecting to the last byte. */
  private Duration callTimeout = Duration.ofSeconds(30);

  /** Time allowed for one whole logical call, every attempt and the waits between them included. */
  private Duration timeout = Duration.ofSeconds(60);

  /** How many times a failed call is retried; 0 turns retries off. */
  private int maxRetries = 2;

  /** The first backoff step between retries when the server names no wait (with full jitter). */
  private Duration retryBaseDelay = Duration.ofMillis(500);

  /** The largest backoff step between retries; not less than retry-base-delay. */
  private Duration retryMaxDelay = Duration.ofSeconds(8);

  /** The longest wait the client sleeps for when the server asks for one; longer ones fail. */
  private Duration maxRetryWait = Duration.ofSeconds(60);

  /** A client-side limit in requests per minute, shared by every thread. Off when unset. */
  private Integer rateLimitPerMinute;

  /** The largest response body the client reads, counted after decompression. */
  private DataSize maxResponseBodySize = DataSize.ofMegabytes(16);

  /** The health indicator's call to GET /health. */
  private final Health health = new Health();

  /** {@return the API root} */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the API root.
   *
   * @param baseUrl e.g. {@code https://api.gradiant.dev/v1}
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the OAuth root, or null for the API root} */
  public String getAuthBaseUrl() {
    return authBaseUrl;
  }

  /**
   * Sets the OAuth root.
   *
   * @param authBaseUrl e.g. {@code https://auth.gradiant.dev}
   */
  public void setAuthBaseUrl(String authBaseUrl) {
    this.authBaseUrl = authBaseUrl;
  }

  /** {@return the API token, or null} */
  public String getApiToken() {
    return apiToken;
  }

  /**
   * Sets the API token.
   *
   * @param apiToken the token
   */
  public void setApiToken(String apiToken) {
    this.apiToken = apiToken;
  }

  /** {@return the API key, or null} */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** {@return the connect timeout} */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return the read timeout} */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** {@return the write timeout} */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /**
   * Sets the write timeout.
   *
   * @param writeTimeout a positive duration
   */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /** {@return the timeout of one HTTP exchange} */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the timeout of one HTTP exchange.
   *
   * @param callTimeout a positive duration
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** {@return the timeout of one logical call} */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the timeout of one logical call.
   *
   * @param timeout a positive duration
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** {@return how many times a failed call is retried} */
  public int getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets how many times a failed call is retried.
   *
   * @param maxRetries 0 or more
   */
  public void setMaxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** {@return the first backoff step} */
  public Duration getRetryBaseDelay() {
    return retryBaseDelay;
  }

  /**
   * Sets the first backoff step.
   *
   * @param retryBaseDelay a positive duration
   */
  public void setRetryBaseDelay(Duration retryBaseDelay) {
    this.retryBaseDelay = retryBaseDelay;
  }

  /** {@return the largest backoff step} */
  public Duration getRetryMaxDelay() {
    return retryMaxDelay;
  }

  /**
   * Sets the largest backoff step.
   *
   * @param retryMaxDelay a positive duration, not less than the base delay
   */
  public void setRetryMaxDelay(Duration retryMaxDelay) {
    this.retryMaxDelay = retryMaxDelay;
  }

  /** {@return the longest wait slept for when the server asks for one} */
  public Duration getMaxRetryWait() {
    return maxRetryWait;
  }

  /**
   * Sets the longest wait slept for when the server asks for one.
   *
   * @param maxRetryWait a positive duration
   */
  public void setMaxRetryWait(Duration maxRetryWait) {
    this.maxRetryWait = maxRetryWait;
  }

  /** {@return the client-side rate limit in requests per minute, or null when off} */
  public Integer getRateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  /**
   * Sets the client-side rate limit.
   *
   * @param rateLimitPerMinute a positive number of requests per minute, or null for none
   */
  public void setRateLimitPerMinute(Integer rateLimitPerMinute) {
    this.rateLimitPerMinute = rateLimitPerMinute;
  }

  /** {@return the largest response body read} */
  public DataSize getMaxResponseBodySize() {
    return maxResponseBodySize;
  }

  /**
   * Sets the largest response body read.
   *
   * @param maxResponseBodySize from 1 byte to about 2 GB
   */
  public void setMaxResponseBodySize(DataSize maxResponseBodySize) {
    this.maxResponseBodySize = maxResponseBodySize;
  }

  /** {@return the health indicator's settings} */
  public Health getHealth() {
    return health;
  }

  /** The {@code gradiant.health.*} properties of the health indicator. */
  public static class Health {

    /** How long the health indicator waits for GET /health before reporting DOWN. */
    private Duration timeout = Duration.ofSeconds(3);

    /** Creates the default settings. */
    public Health() {}

    /** {@return how long the health indicator waits} */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets how long the health indicator waits.
     *
     * @param timeout a positive duration
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
