package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;

/**
 * The answer of {@code POST /sessions/{id}/advance-phase}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. {@link #ok()} and {@link #newPhaseIndex()}, required by the
 * contract, are always present.
 */
@JsonDeserialize(builder = AdvancePhaseResult.Builder.class)
public final class AdvancePhaseResult {
  @JsonProperty private final boolean ok;
  @JsonProperty private final int newPhaseIndex;

  private AdvancePhaseResult(Builder builder) {
    this.ok = builder.ok;
    this.newPhaseIndex = builder.newPhaseIndex;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this result} */
  public Builder toBuilder() {
    return new Builder().ok(ok).newPhaseIndex(newPhaseIndex);
  }

  /** {@return whether the session moved on} */
  public boolean ok() {
    return ok;
  }

  /** {@return the zero-based index of the phase now running} */
  public int newPhaseIndex() {
    return newPhaseIndex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdvancePhaseResult that
        && ok == that.ok
        && newPhaseIndex == that.newPhaseIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ok, newPhaseIndex);
  }

  @Override
  public String toString() {
    return "AdvancePhaseResult[ok=" + ok + ", newPhaseIndex=" + newPhaseIndex + "]";
  }

  /** Collects the fields of an {@link AdvancePhaseResult}. The SDK reads answers with it. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Boolean ok;
    private Integer newPhaseIndex;

    private Builder() {}

    /**
     * @param ok whether the session moved on (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder ok(boolean ok) {
      this.ok = ok;
      return this;
    }

    /**
     * @param newPhaseIndex the zero-based index of the phase now running (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder newPhaseIndex(int newPhaseIndex) {
      this.newPhaseIndex = newPhaseIndex;
      return this;
    }

    /**
     * @return the result
     * @throws IllegalStateException if {@code ok} or {@code newPhaseIndex} is unset
     */
    public AdvancePhaseResult build() {
      if (ok == null) {
        throw new IllegalStateException("AdvancePhaseResult.ok is required");
      }
      if (newPhaseIndex == null) {
        throw new IllegalStateException("AdvancePhaseResult.newPhaseIndex is required");
      }
      return new AdvancePhaseResult(this);
    }
  }
}
