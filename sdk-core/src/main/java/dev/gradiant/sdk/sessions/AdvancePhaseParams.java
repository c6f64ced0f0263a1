package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /sessions/{id}/advance-phase}; every field is optional. The deliverable
 * state is the participant's work: {@link #toString()} shows only how many entries it has.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset state is an empty map (and
 * is not sent), an unset timer is {@link Optional#empty()}.
 */
public final class AdvancePhaseParams {
  @JsonProperty
  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
  private final Map<String, Object> deliverableState;

  @JsonProperty private final Integer timeRemainingAtEnd;

  private AdvancePhaseParams(Builder builder) {
    this.deliverableState = JsonObjects.copy("deliverableState", builder.deliverableState);
    this.timeRemainingAtEnd = builder.timeRemainingAtEnd;
    if (timeRemainingAtEnd != null && timeRemainingAtEnd < 0) {
      throw new IllegalArgumentException(
          "timeRemainingAtEnd must not be negative, got " + timeRemainingAtEnd);
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.deliverableState = deliverableState;
    builder.timeRemainingAtEnd = timeRemainingAtEnd;
    return builder;
  }

  /**
   * {@return the current phase's deliverable content (email state, document state, …) as JSON-like
   * values; a deep unmodifiable copy, {@code null} values kept; empty when unset}
   */
  public Map<String, Object> deliverableState() {
    return deliverableState == null ? Map.of() : deliverableState;
  }

  /**
   * {@return seconds left on the phase timer when the participant advanced, 0 or more (server
   * default 0)}
   */
  public Optional<Integer> timeRemainingAtEnd() {
    return Optional.ofNullable(timeRemainingAtEnd);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdvancePhaseParams that
        && Objects.equals(deliverableState, that.deliverableState)
        && Objects.equals(timeRemainingAtEnd, that.timeRemainingAtEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deliverableState, timeRemainingAtEnd);
  }

  @Override
  public String toString() {
    return "AdvancePhaseParams[deliverableState="
        + JsonObjects.describe(deliverableState)
        + ", timeRemainingAtEnd="
        + timeRemainingAtEnd
        + "]";
  }

  /** Collects the fields of an {@link AdvancePhaseParams}. Each method rejects null. */
  public static final class Builder {
    private Map<String, ?> deliverableState;
    private Integer timeRemainingAtEnd;

    private Builder() {}

    /**
     * @param deliverableState the current phase's deliverable content; copied when the params are
     *     built
     * @return this builder
     */
    public Builder deliverableState(Map<String, ?> deliverableState) {
      this.deliverableState =
          Objects.requireNonNull(deliverableState, "deliverableState must not be null");
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
     * @throws IllegalArgumentException if {@code timeRemainingAtEnd} is negative, or the state has
     *     a non-string key
     */
    public AdvancePhaseParams build() {
      return new AdvancePhaseParams(this);
    }
  }
}
