package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;

/**
 * User counts over the whole range. The counts are required: a response without one (or with {@code
 * null}) is a {@link dev.gradiant.sdk.errors.MalformedResponseException}, never a silent {@code 0}.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = UserAnalyticsTotals.Builder.class)
public final class UserAnalyticsTotals {
  @JsonProperty private final Long totalUsers;
  @JsonProperty private final Long newUsers;
  @JsonProperty private final Long activeUsers;

  private UserAnalyticsTotals(Builder builder) {
    this.totalUsers = required(builder.totalUsers, "totalUsers");
    this.newUsers = required(builder.newUsers, "newUsers");
    this.activeUsers = required(builder.activeUsers, "activeUsers");
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this UserAnalyticsTotals} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.totalUsers = totalUsers;
    builder.newUsers = newUsers;
    builder.activeUsers = activeUsers;
    return builder;
  }

  /** {@return users registered at the end of the range} */
  public long totalUsers() {
    return totalUsers;
  }

  /** {@return users registered within the range} */
  public long newUsers() {
    return newUsers;
  }

  /** {@return users with at least one session or booking within the range} */
  public long activeUsers() {
    return activeUsers;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UserAnalyticsTotals other)) {
      return false;
    }
    return Objects.equals(totalUsers, other.totalUsers)
        && Objects.equals(newUsers, other.newUsers)
        && Objects.equals(activeUsers, other.activeUsers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(totalUsers, newUsers, activeUsers);
  }

  @Override
  public String toString() {
    return "UserAnalyticsTotals["
        + "totalUsers="
        + totalUsers
        + ", newUsers="
        + newUsers
        + ", activeUsers="
        + activeUsers
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("UserAnalyticsTotals." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of an {@link UserAnalyticsTotals}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Long totalUsers;
    private Long newUsers;
    private Long activeUsers;

    private Builder() {}

    /**
     * @param totalUsers users registered at the end of the range
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder totalUsers(long totalUsers) {
      this.totalUsers = totalUsers;
      return this;
    }

    /**
     * @param newUsers users registered within the range
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder newUsers(long newUsers) {
      this.newUsers = newUsers;
      return this;
    }

    /**
     * @param activeUsers users with at least one session or booking within the range
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder activeUsers(long activeUsers) {
      this.activeUsers = activeUsers;
      return this;
    }

    /**
     * @return the UserAnalyticsTotals
     * @throws IllegalStateException if a required field ({@code totalUsers}, {@code newUsers},
     *     {@code activeUsers}) is unset
     */
    public UserAnalyticsTotals build() {
      return new UserAnalyticsTotals(this);
    }
  }
}
