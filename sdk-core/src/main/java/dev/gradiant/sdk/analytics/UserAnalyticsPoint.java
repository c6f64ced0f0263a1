package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One bucket of the user time series. Every field is required: a response without one is a {@link
 * dev.gradiant.sdk.errors.MalformedResponseException}.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = UserAnalyticsPoint.Builder.class)
public final class UserAnalyticsPoint {
  @JsonProperty private final LocalDate periodStart;
  @JsonProperty private final Long newUsers;
  @JsonProperty private final Long activeUsers;

  private UserAnalyticsPoint(Builder builder) {
    this.periodStart = required(builder.periodStart, "periodStart");
    this.newUsers = required(builder.newUsers, "newUsers");
    this.activeUsers = required(builder.activeUsers, "activeUsers");
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this UserAnalyticsPoint} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.periodStart = periodStart;
    builder.newUsers = newUsers;
    builder.activeUsers = activeUsers;
    return builder;
  }

  /** {@return the first day of the bucket (UTC)} */
  public LocalDate periodStart() {
    return periodStart;
  }

  /** {@return users registered within the bucket} */
  public long newUsers() {
    return newUsers;
  }

  /** {@return users with at least one session or booking within the bucket} */
  public long activeUsers() {
    return activeUsers;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UserAnalyticsPoint other)) {
      return false;
    }
    return Objects.equals(periodStart, other.periodStart)
        && Objects.equals(newUsers, other.newUsers)
        && Objects.equals(activeUsers, other.activeUsers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(periodStart, newUsers, activeUsers);
  }

  @Override
  public String toString() {
    return "UserAnalyticsPoint["
        + "periodStart="
        + periodStart
        + ", newUsers="
        + newUsers
        + ", activeUsers="
        + activeUsers
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("UserAnalyticsPoint." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of an {@link UserAnalyticsPoint}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private LocalDate periodStart;
    private Long newUsers;
    private Long activeUsers;

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
     * @param newUsers users registered within the bucket
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder newUsers(long newUsers) {
      this.newUsers = newUsers;
      return this;
    }

    /**
     * @param activeUsers users with at least one session or booking within the bucket
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder activeUsers(long activeUsers) {
      this.activeUsers = activeUsers;
      return this;
    }

    /**
     * @return the UserAnalyticsPoint
     * @throws IllegalStateException if a required field ({@code periodStart}, {@code newUsers},
     *     {@code activeUsers}) is unset
     */
    public UserAnalyticsPoint build() {
      return new UserAnalyticsPoint(this);
    }
  }
}
