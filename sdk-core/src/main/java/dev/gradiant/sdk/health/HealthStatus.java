package dev.gradiant.sdk.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's self-reported health.
 *
 * <p>Like every model of the SDK, this is a final class built with {@link #builder()}, so that a
 * field can be added without breaking callers. Nothing it returns is null: {@link #status()} is
 * required by the contract, and the other values may be absent, so they are {@link Optional}.
 */
@JsonDeserialize(builder = HealthStatus.Builder.class)
public final class HealthStatus {
  @JsonProperty private final String status;
  @JsonProperty private final String version;
  @JsonProperty private final Instant timestamp;

  private HealthStatus(Builder builder) {
    this.status = builder.status;
    this.version = builder.version;
    this.timestamp = builder.timestamp;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this status's values} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.status = status;
    builder.version = version;
    builder.timestamp = timestamp;
    return builder;
  }

  /** {@return {@code healthy}, or another state the service reports} */
  public String status() {
    return status;
  }

  /** {@return the API server's version, if it said} */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** {@return when the server answered, if it said} */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** {@return whether {@link #status()} is {@code healthy}} */
  public boolean isHealthy() {
    return "healthy".equalsIgnoreCase(status);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthStatus other
        && status.equals(other.status)
        && Objects.equals(version, other.version)
        && Objects.equals(timestamp, other.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, version, timestamp);
  }

  @Override
  public String toString() {
    return "HealthStatus[status="
        + status
        + ", version="
        + version
        + ", timestamp="
        + timestamp
        + "]";
  }

  /** Collects the fields of a {@link HealthStatus}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String status;
    private String version;
    private Instant timestamp;

    private Builder() {}

    /**
     * @param status {@code healthy}, or another state (required)
     * @return this builder
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param version the API server's version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version must not be null");
      return this;
    }

    /**
     * @param timestamp when the server answered
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Objects.requireNonNull(timestamp, "timestamp must not be null");
      return this;
    }

    /**
     * @return the health status
     * @throws IllegalStateException if {@code status} is unset
     */
    public HealthStatus build() {
      if (status == null) {
        throw new IllegalStateException("HealthStatus.status is required");
      }
      return new HealthStatus(this);
    }
  }
}
