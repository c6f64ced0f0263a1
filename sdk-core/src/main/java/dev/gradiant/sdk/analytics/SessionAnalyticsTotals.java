package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Session counts over the whole range. The counts are required: a response without one (or with
 * {@code null}) is a {@link dev.gradiant.sdk.errors.MalformedResponseException}, never a silent
 * {@code 0}.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = SessionAnalyticsTotals.Builder.class)
public final class SessionAnalyticsTotals {
  @JsonProperty private final Long totalSessions;
  @JsonProperty private final Long completedSessions;
  @JsonProperty private final Long cancelledSessions;
  @JsonProperty private final Double averageDurationMinutes;

  private SessionAnalyticsTotals(Builder builder) {
    this.totalSessions = required(builder.totalSessions, "totalSessions");
    this.completedSessions = required(builder.completedSessions, "completedSessions");
    this.cancelledSessions = required(builder.cancelledSessions, "cancelledSessions");
    this.averageDurationMinutes = builder.averageDurationMinutes;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this SessionAnalyticsTotals} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.totalSessions = totalSessions;
    builder.completedSessions = completedSessions;
    builder.cancelledSessions = cancelledSessions;
    builder.averageDurationMinutes = averageDurationMinutes;
    return builder;
  }

  /** {@return sessions in the range} */
  public long totalSessions() {
    return totalSessions;
  }

  /** {@return of those, the completed ones} */
  public long completedSessions() {
    return completedSessions;
  }

  /** {@return of those, the cancelled ones} */
  public long cancelledSessions() {
    return cancelledSessions;
  }

  /**
   * {@return mean length of the completed sessions in minutes; empty when the server does not
   * report it (for example, when none completed)}
   */
  public Optional<Double> averageDurationMinutes() {
    return Optional.ofNullable(averageDurationMinutes);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SessionAnalyticsTotals other)) {
      return false;
    }
    return Objects.equals(totalSessions, other.totalSessions)
        && Objects.equals(completedSessions, other.completedSessions)
        && Objects.equals(cancelledSessions, other.cancelledSessions)
        && Objects.equals(averageDurationMinutes, other.averageDurationMinutes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        totalSessions, completedSessions, cancelledSessions, averageDurationMinutes);
  }

  @Override
  public String toString() {
    return "SessionAnalyticsTotals["
        + "totalSessions="
        + totalSessions
        + ", completedSessions="
        + completedSessions
        + ", cancelledSessions="
        + cancelledSessions
        + ", averageDurationMinutes="
        + averageDurationMinutes
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("SessionAnalyticsTotals." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of a {@link SessionAnalyticsTotals}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long totalSessions;
    private Long completedSessions;
    private Long cancelledSessions;
    private Double averageDurationMinutes;

    private Builder() {}

    /**
     * @param totalSessions sessions in the range
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder totalSessions(long totalSessions) {
      this.totalSessions = totalSessions;
      return this;
    }

    /**
     * @param completedSessions of those, the completed ones
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder completedSessions(long completedSessions) {
      this.completedSessions = completedSessions;
      return this;
    }

    /**
     * @param cancelledSessions of those, the cancelled ones
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder cancelledSessions(long cancelledSessions) {
      this.cancelledSessions = cancelledSessions;
      return this;
    }

    /**
     * @param averageDurationMinutes mean length of the completed sessions in minutes; empty when
     *     the server does not report it (for example, when none completed)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder averageDurationMinutes(double averageDurationMinutes) {
      this.averageDurationMinutes = averageDurationMinutes;
      return this;
    }

    /**
     * @return the SessionAnalyticsTotals
     * @throws IllegalStateException if a required field ({@code totalSessions}, {@code
     *     completedSessions}, {@code cancelledSessions}) is unset
     */
    public SessionAnalyticsTotals build() {
      return new SessionAnalyticsTotals(this);
    }
  }
}
