package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /sessions/{id}/checkpoint}. The deliverable state is the participant's
 * work: {@link #toString()} shows only how many entries it has.
 *
 * @param deliverableState the current phase's deliverable content (workflow state, email state, …)
 *     as JSON-like values (required); copied deeply and unmodifiable, {@code null} values kept
 */
public record CheckpointParams(
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
        Map<String, Object> deliverableState) {

  /**
   * Copies the state.
   *
   * @param deliverableState the current phase's deliverable content (required)
   * @throws NullPointerException if {@code deliverableState} is null
   * @throws IllegalArgumentException if the state has a non-string key
   */
  public CheckpointParams {
    Objects.requireNonNull(deliverableState, "deliverableState must not be null");
    deliverableState = JsonObjects.copy("deliverableState", deliverableState);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CheckpointParams[deliverableState=" + JsonObjects.describe(deliverableState) + "]";
  }

  /** Collects the fields of a {@link CheckpointParams}. */
  public static final class Builder {
    private Map<String, ?> deliverableState;

    private Builder() {}

    /**
     * @param deliverableState the current phase's deliverable content (required)
     * @return this builder
     */
    public Builder deliverableState(Map<String, ?> deliverableState) {
      this.deliverableState = deliverableState;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code deliverableState} is unset
     * @throws IllegalArgumentException if the state has a non-string key
     */
    public CheckpointParams build() {
      return new CheckpointParams(JsonObjects.view(deliverableState));
    }
  }
}
