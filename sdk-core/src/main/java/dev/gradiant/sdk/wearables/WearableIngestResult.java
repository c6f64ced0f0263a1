package dev.gradiant.sdk.wearables;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.List;
import java.util.Objects;

/**
 * What became of a batch of samples: how many were stored, and which were rejected and why. Every
 * sample passed to {@code ingest} is either counted in {@link #accepted()} or listed in {@link
 * #rejected()}, once.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null; the lists are empty when there is
 * nothing to list.
 */
@JsonDeserialize(builder = WearableIngestResult.Builder.class)
public final class WearableIngestResult {
  @JsonProperty private final int accepted;
  @JsonProperty private final List<WearableSampleRejection> rejected;
  private final List<String> requestIds;

  private WearableIngestResult(Builder builder) {
    this.accepted = builder.accepted;
    this.rejected = builder.rejected;
    this.requestIds = builder.requestIds;
  }

  /** {@return a builder of an empty result} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this result} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.accepted = accepted;
    builder.rejected = rejected;
    builder.requestIds = requestIds;
    return builder;
  }

  /** {@return how many samples were stored} */
  public int accepted() {
    return accepted;
  }

  /**
   * {@return the samples that were not stored, in the order of their index in the caller's list;
   * unmodifiable}
   */
  public List<WearableSampleRejection> rejected() {
    return rejected;
  }

  /**
   * {@return the server's request id of each request that carried the batch, in order (one per
   * chunk; a request answered without one is left out); unmodifiable}
   */
  public List<String> requestIds() {
    return requestIds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WearableIngestResult that
        && accepted == that.accepted
        && rejected.equals(that.rejected)
        && requestIds.equals(that.requestIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accepted, rejected, requestIds);
  }

  @Override
  public String toString() {
    return "WearableIngestResult[accepted="
        + accepted
        + ", rejected="
        + rejected
        + ", requestIds="
        + requestIds
        + "]";
  }

  /** Collects the fields of a {@link WearableIngestResult}; the SDK reads answers with it. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private int accepted;
    private List<WearableSampleRejection> rejected = List.of();
    private List<String> requestIds = List.of();

    private Builder() {}

    /**
     * @param accepted how many samples were stored
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder accepted(int accepted) {
      if (accepted < 0) {
        throw new IllegalArgumentException("accepted must not be negative, got " + accepted);
      }
      this.accepted = accepted;
      return this;
    }

    /**
     * @param rejected the samples not stored; copied
     * @return this builder
     * @throws NullPointerException if {@code rejected} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder rejected(List<WearableSampleRejection> rejected) {
      Objects.requireNonNull(rejected, "rejected must not be null");
      rejected.forEach(r -> Objects.requireNonNull(r, "rejected must not hold null"));
      this.rejected = List.copyOf(rejected);
      return this;
    }

    /**
     * @param requestIds the request id of each request, in order; copied
     * @return this builder
     * @throws NullPointerException if {@code requestIds} is or holds null
     */
    @JsonIgnore
    public Builder requestIds(List<String> requestIds) {
      Objects.requireNonNull(requestIds, "requestIds must not be null");
      requestIds.forEach(id -> Objects.requireNonNull(id, "requestIds must not hold null"));
      this.requestIds = List.copyOf(requestIds);
      return this;
    }

    /** {@return the result} */
    public WearableIngestResult build() {
      return new WearableIngestResult(this);
    }
  }
}
