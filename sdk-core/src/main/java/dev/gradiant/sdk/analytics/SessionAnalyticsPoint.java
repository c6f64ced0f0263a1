package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One bucket of the session time series. Every field is required: a response without one is a
 * {@link dev.gradiant.sdk.errors.MalformedResponseException}.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = SessionAnalyticsPoint.Builder.class)
public final class SessionAnalyticsPoint {
  @JsonProperty private final LocalDate periodStart;
  @JsonProperty private final Long totalSessions;
  @JsonProperty private final Long completedSessions;

  private SessionAnalyticsPoint(Builder builder) {
    this.periodStart = required(builder.periodStart, "periodStart");
    this.totalSessions = required(builder.totalSessions, "totalSessions");
    this.completedSessions = required(builder.completedSessions, "completedSessions");
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this SessionAnalyticsPoint} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.periodStart = periodStart;
    builder.totalSessions = totalSessions;
    builder.completedSessions = completedSessions;
    return builder;
  }

  /** {@return the first day of the bucket (UTC)} */
  public LocalDate periodStart() {
    return periodStart;
  }

  /** {@return sessions in the bucket} */
  public long totalSessions() {
    return totalSessions;
  }

  /** {@return of those, the completed ones} */
  public long completedSessions() {
    return completedSessions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SessionAnalyticsPoint other)) {
      return false;
    }
    return Objects.equals(periodStart, other.periodStart)
        && Objects.equals(totalSessions, other.totalSessions)
        && Objects.equals(completedSessions, other.completedSessions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(periodStart, totalSessions, completedSessions);
  }

  @Override
  public String toString() {
    return "SessionAnalyticsPoint["
        + "periodStart="
        + periodStart
        + ", totalSessions="
        + totalSessions
        + ", completedSessions="
        + completedSessions
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("SessionAnalyticsPoint." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of a {@link SessionAnalyticsPoint}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private LocalDate periodStart;
    private Long totalSessions;
    private Long completedSessions;

    private Builder() {}

    /**
     * @param periodStart the first day of the bucket (UTC)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder periodStart(LocalDate periodStart) {
      this.periodStart = Objects.requireNonNull(periodStart, "periodStart must not be null");
      return this;
    }

    /**
     * @param totalSessions sessions in the bucket
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
     * @return the SessionAnalyticsPoint
     * @throws IllegalStateException if a required field ({@code periodStart}, {@code
     *     totalSessions}, {@code completedSessions}) is unset
     */
    public SessionAnalyticsPoint build() {
      return new SessionAnalyticsPoint(this);
    }
  }
}
