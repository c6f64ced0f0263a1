package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.internal.validation.Paging;

/**
 * The query of {@code GET /webhooks}.
 *
 * @param limit page size, 1 to 100 (server default 20)
 * @param offset index of the first endpoint wanted (default 0)
 */
public record WebhookEndpointListParams(Integer limit, Integer offset) {

  /**
   * Checks the bounds.
   *
   * @param limit page size, 1 to 100 (server default 20)
   * @param offset index of the first endpoint wanted (default 0)
   * @throws IllegalArgumentException if {@code limit} is outside 1..100 or {@code offset} is
   *     negative
   */
  public WebhookEndpointListParams {
    Paging.limit(limit);
    Paging.offset(offset);
  }

  /** {@return a builder with the server's defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of a {@link WebhookEndpointListParams}. */
  public static final class Builder {
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param limit page size, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param offset index of the first endpoint wanted
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if a bound is out of range
     */
    public WebhookEndpointListParams build() {
      return new WebhookEndpointListParams(limit, offset);
    }
  }
}
