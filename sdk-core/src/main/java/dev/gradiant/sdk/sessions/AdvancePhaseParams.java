package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.Map;

/**
 * The body of {@code POST /sessions/{id}/advance-phase}; every field is optional. The deliverable
 * state is the participant's work: {@link #toString()} shows only how many entries it has.
 *
 * @param deliverableState the current phase's deliverable content (email state, document state, …)
 *     as JSON-like values; copied deeply and unmodifiable, {@code null} values kept
 * @param timeRemainingAtEnd seconds left on the phase timer when the participant advanced, 0 or
 *     more (server default 0)
 */
public record AdvancePhaseParams(
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
        Map<String, Object> deliverableState,
    Integer timeRemainingAtEnd) {

  /**
   * Copies the state and checks the timer.
   *
   * @param deliverableState the current phase's deliverable content
   * @param timeRemainingAtEnd seconds left on the phase timer, 0 or more
   * @throws IllegalArgumentException if {@code timeRemainingAtEnd} is negative, or the state has a
   *     non-string key
   */
  public AdvancePhaseParams {
    deliverableState = JsonObjects.copy("deliverableState", deliverableState);
    if (timeRemainingAtEnd != null && timeRemainingAtEnd < 0) {
      throw new IllegalArgumentException(
          "timeRemainingAtEnd must not be negative, got " + timeRemainingAtEnd);
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "AdvancePhaseParams[deliverableState="
        + JsonObjects.describe(deliverableState)
        + ", timeRemainingAtEnd="
        + timeRemainingAtEnd
        + "]";
  }

  /** Collects the fields of an {@link AdvancePhaseParams}. */
  public static final class Builder {
    private Map<String, ?> deliverableState;
    private Integer timeRemainingAtEnd;

    private Builder() {}

    /**
     * @param deliverableState the current phase's deliverable content
     * @return this builder
     */
    public Builder deliverableState(Map<String, ?> deliverableState) {
      this.deliverableState = deliverableState;
      return this;
    }

    /**
     * @param timeRemainingAtEnd seconds left on the phase timer, 0 or more
     * @return this builder
     */
    public Builder timeRemainingAtEnd(int timeRemainingAtEnd) {
      this.timeRemainingAtEnd = timeRemainingAtEnd;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if a field is invalid
     */
    public AdvancePhaseParams build() {
      return new AdvancePhaseParams(JsonObjects.view(deliverableState), timeRemainingAtEnd);
    }
  }
}
