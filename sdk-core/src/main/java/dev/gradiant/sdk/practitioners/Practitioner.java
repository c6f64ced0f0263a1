package dev.gradiant.sdk.practitioners;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A practitioner's public directory profile. Names and bio are public directory data, so {@link
 * #toString()} shows them. Only {@link #id()} is required by the contract; every other value may be
 * absent.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = Practitioner.Builder.class)
public final class Practitioner {
  @JsonProperty private final String id;
  @JsonProperty private final String userId;
  @JsonProperty private final String firstName;
  @JsonProperty private final String lastName;
  @JsonProperty private final String bio;
  @JsonProperty private final List<String> specializations;
  @JsonProperty private final Integer experience;
  @JsonProperty private final BigDecimal rating;
  @JsonProperty private final Integer totalSessions;
  @JsonProperty private final Integer responseTime;
  @JsonProperty private final List<String> languages;
  @JsonProperty private final Money basePrice;
  @JsonProperty private final Boolean verified;
  @JsonProperty private final String availabilityId;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant updatedAt;

  private Practitioner(Builder builder) {
    this.id = required(builder.id, "id");
    this.userId = builder.userId;
    this.firstName = builder.firstName;
    this.lastName = builder.lastName;
    this.bio = builder.bio;
    this.specializations = List.copyOf(builder.specializations);
    this.experience = builder.experience;
    this.rating = builder.rating;
    this.totalSessions = builder.totalSessions;
    this.responseTime = builder.responseTime;
    this.languages = List.copyOf(builder.languages);
    this.basePrice = builder.basePrice;
    this.verified = builder.verified;
    this.availabilityId = builder.availabilityId;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this Practitioner} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.userId = userId;
    builder.firstName = firstName;
    builder.lastName = lastName;
    builder.bio = bio;
    builder.specializations = specializations;
    builder.experience = experience;
    builder.rating = rating;
    builder.totalSessions = totalSessions;
    builder.responseTime = responseTime;
    builder.languages = languages;
    builder.basePrice = basePrice;
    builder.verified = verified;
    builder.availabilityId = availabilityId;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    return builder;
  }

  /** {@return the practitioner's id} */
  public String id() {
    return id;
  }

  /** {@return the practitioner's own user account} */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** {@return the first name} */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** {@return the last name} */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** {@return the public biography} */
  public Optional<String> bio() {
    return Optional.ofNullable(bio);
  }

  /** {@return what the practitioner specializes in ({@code Hatha Yoga}); empty when absent} */
  public List<String> specializations() {
    return specializations;
  }

  /** {@return years of experience} */
  public Optional<Integer> experience() {
    return Optional.ofNullable(experience);
  }

  /** {@return the average rating, 0 to 5, exact} */
  public Optional<BigDecimal> rating() {
    return Optional.ofNullable(rating);
  }

  /** {@return how many sessions the practitioner has held} */
  public Optional<Integer> totalSessions() {
    return Optional.ofNullable(totalSessions);
  }

  /** {@return typical time to answer a message, in minutes} */
  public Optional<Integer> responseTime() {
    return Optional.ofNullable(responseTime);
  }

  /** {@return the languages spoken; empty when absent} */
  public List<String> languages() {
    return languages;
  }

  /** {@return the base price of a session, exact} */
  public Optional<Money> basePrice() {
    return Optional.ofNullable(basePrice);
  }

  /** {@return whether Gradiant has verified the practitioner's credentials} */
  public Optional<Boolean> verified() {
    return Optional.ofNullable(verified);
  }

  /** {@return the id of the practitioner's availability calendar} */
  public Optional<String> availabilityId() {
    return Optional.ofNullable(availabilityId);
  }

  /** {@return when the profile was created} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when it last changed} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Practitioner other)) {
      return false;
    }
    return Objects.equals(id, other.id)
        && Objects.equals(userId, other.userId)
        && Objects.equals(firstName, other.firstName)
        && Objects.equals(lastName, other.lastName)
        && Objects.equals(bio, other.bio)
        && Objects.equals(specializations, other.specializations)
        && Objects.equals(experience, other.experience)
        && Objects.equals(rating, other.rating)
        && Objects.equals(totalSessions, other.totalSessions)
        && Objects.equals(responseTime, other.responseTime)
        && Objects.equals(languages, other.languages)
        && Objects.equals(basePrice, other.basePrice)
        && Objects.equals(verified, other.verified)
        && Objects.equals(availabilityId, other.availabilityId)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(updatedAt, other.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        userId,
        firstName,
        lastName,
        bio,
        specializations,
        experience,
        rating,
        totalSessions,
        responseTime,
        languages,
        basePrice,
        verified,
        availabilityId,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Practitioner["
        + "id="
        + id
        + ", userId="
        + userId
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", bio="
        + bio
        + ", specializations="
        + specializations
        + ", experience="
        + experience
        + ", rating="
        + rating
        + ", totalSessions="
        + totalSessions
        + ", responseTime="
        + responseTime
        + ", languages="
        + languages
        + ", basePrice="
        + basePrice
        + ", verified="
        + verified
        + ", availabilityId="
        + availabilityId
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("Practitioner." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of a {@link Practitioner}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String userId;
    private String firstName;
    private String lastName;
    private String bio;
    private List<String> specializations = List.of();
    private Integer experience;
    private BigDecimal rating;
    private Integer totalSessions;
    private Integer responseTime;
    private List<String> languages = List.of();
    private Money basePrice;
    private Boolean verified;
    private String availabilityId;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder() {}

    /**
     * @param id the practitioner's id
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param userId the practitioner's own user account
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param firstName the first name
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName must not be null");
      return this;
    }

    /**
     * @param lastName the last name
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName must not be null");
      return this;
    }

    /**
     * @param bio the public biography
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder bio(String bio) {
      this.bio = Objects.requireNonNull(bio, "bio must not be null");
      return this;
    }

    /**
     * @param specializations what the practitioner specializes in ({@code Hatha Yoga}); empty when
     *     absent
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder specializations(List<String> specializations) {
      this.specializations =
          List.copyOf(Objects.requireNonNull(specializations, "specializations must not be null"));
      return this;
    }

    /**
     * @param experience years of experience
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder experience(int experience) {
      this.experience = experience;
      return this;
    }

    /**
     * @param rating the average rating, 0 to 5, exact
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder rating(BigDecimal rating) {
      this.rating = Objects.requireNonNull(rating, "rating must not be null");
      return this;
    }

    /**
     * @param totalSessions how many sessions the practitioner has held
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder totalSessions(int totalSessions) {
      this.totalSessions = totalSessions;
      return this;
    }

    /**
     * @param responseTime typical time to answer a message, in minutes
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder responseTime(int responseTime) {
      this.responseTime = responseTime;
      return this;
    }

    /**
     * @param languages the languages spoken; empty when absent
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder languages(List<String> languages) {
      this.languages = List.copyOf(Objects.requireNonNull(languages, "languages must not be null"));
      return this;
    }

    /**
     * @param basePrice the base price of a session, exact
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder basePrice(Money basePrice) {
      this.basePrice = Objects.requireNonNull(basePrice, "basePrice must not be null");
      return this;
    }

    /**
     * @param verified whether Gradiant has verified the practitioner's credentials
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder verified(boolean verified) {
      this.verified = verified;
      return this;
    }

    /**
     * @param availabilityId the id of the practitioner's availability calendar
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder availabilityId(String availabilityId) {
      this.availabilityId =
          Objects.requireNonNull(availabilityId, "availabilityId must not be null");
      return this;
    }

    /**
     * @param createdAt when the profile was created
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param updatedAt when it last changed
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt must not be null");
      return this;
    }

    /**
     * @return the Practitioner
     * @throws IllegalStateException if a required field ({@code id}) is unset
     */
    public Practitioner build() {
      return new Practitioner(this);
    }
  }
}
