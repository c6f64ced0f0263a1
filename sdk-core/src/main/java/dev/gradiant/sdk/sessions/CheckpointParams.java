package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /sessions/{id}/checkpoint}. The deliverable state is the participant's
 * work: {@link #toString()} shows only how many entries it has.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null.
 */
public final class CheckpointParams {
  @JsonProperty
  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
  private final Map<String, Object> deliverableState;

  private CheckpointParams(Builder builder) {
    Objects.requireNonNull(builder.deliverableState, "deliverableState must not be null");
    this.deliverableState = JsonObjects.copy("deliverableState", builder.deliverableState);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    return new Builder().deliverableState(deliverableState);
  }

  /**
   * {@return the current phase's deliverable content (workflow state, email state, …) as JSON-like
   * values; a deep unmodifiable copy, {@code null} values kept}
   */
  public Map<String, Object> deliverableState() {
    return deliverableState;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckpointParams that && deliverableState.equals(that.deliverableState);
  }

  @Override
  public int hashCode() {
    return deliverableState.hashCode();
  }

  @Override
  public String toString() {
    return "CheckpointParams[deliverableState=" + JsonObjects.describe(deliverableState) + "]";
  }

  /** Collects the fields of a {@link CheckpointParams}. Each method rejects null. */
  public static final class Builder {
    private Map<String, ?> deliverableState;

    private Builder() {}

    /**
     * @param deliverableState the current phase's deliverable content (required); copied when the
     *     params are built
     * @return this builder
     */
    public Builder deliverableState(Map<String, ?> deliverableState) {
      this.deliverableState =
          Objects.requireNonNull(deliverableState, "deliverableState must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code deliverableState} is unset
     * @throws IllegalArgumentException if the state has a non-string key
     */
    public CheckpointParams build() {
      return new CheckpointParams(this);
    }
  }
}
