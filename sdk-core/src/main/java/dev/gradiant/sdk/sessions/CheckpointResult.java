package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The answer of {@code POST /sessions/{id}/checkpoint}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. {@link #ok()}, required by the contract, is always present.
 */
@JsonDeserialize(builder = CheckpointResult.Builder.class)
public final class CheckpointResult {
  @JsonProperty private final boolean ok;

  private CheckpointResult(Builder builder) {
    this.ok = builder.ok;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this result} */
  public Builder toBuilder() {
    return new Builder().ok(ok);
  }

  /** {@return whether the state was saved} */
  public boolean ok() {
    return ok;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckpointResult that && ok == that.ok;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(ok);
  }

  @Override
  public String toString() {
    return "CheckpointResult[ok=" + ok + "]";
  }

  /** Collects the fields of a {@link CheckpointResult}. The SDK reads answers with it. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Boolean ok;

    private Builder() {}

    /**
     * @param ok whether the state was saved (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder ok(boolean ok) {
      this.ok = ok;
      return this;
    }

    /**
     * @return the result
     * @throws IllegalStateException if {@code ok} is unset
     */
    public CheckpointResult build() {
      if (ok == null) {
        throw new IllegalStateException("CheckpointResult.ok is required");
      }
      return new CheckpointResult(this);
    }
  }
}
