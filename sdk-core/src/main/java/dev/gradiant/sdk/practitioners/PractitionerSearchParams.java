package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Paging;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /practitioners}: optional filters, all of which a practitioner must
 * match, and paging. Build with {@link #builder()}; every filter is optional, so each accessor
 * returns an {@link Optional} that is empty when the filter is unset. New filters may be added in a
 * minor release.
 */
public final class PractitionerSearchParams {
  private static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);

  private final String specialization;
  private final String location;
  private final Instant availableFrom;
  private final Instant availableTo;
  private final BigDecimal ratingMin;
  private final BigDecimal priceMax;
  private final String language;
  private final SessionType sessionType;
  private final Integer limit;
  private final Integer offset;

  /**
   * Checks the filters and bounds.
   *
   * @throws IllegalArgumentException if a text filter is blank, {@code ratingMin} is outside 0 to
   *     5, {@code priceMax} is negative, {@code availableFrom} is after {@code availableTo} or
   *     either is outside the years 0000 to 9999, or a paging bound is out of range
   */
  private PractitionerSearchParams(Builder builder) {
    this.specialization = builder.specialization;
    this.location = builder.location;
    this.availableFrom = builder.availableFrom;
    this.availableTo = builder.availableTo;
    this.ratingMin = builder.ratingMin;
    this.priceMax = builder.priceMax;
    this.language = builder.language;
    this.sessionType = builder.sessionType;
    this.limit = builder.limit;
    this.offset = builder.offset;
    Fields.notBlank("specialization", specialization);
    Fields.notBlank("location", location);
    Fields.notBlank("language", language);
    Rfc3339.instant("availableFrom", availableFrom);
    Rfc3339.instant("availableTo", availableTo);
    if (availableFrom != null && availableTo != null && availableFrom.isAfter(availableTo)) {
      throw new IllegalArgumentException(
          "availableFrom ("
              + availableFrom
              + ") must not be after availableTo ("
              + availableTo
              + ")");
    }
    if (ratingMin != null && (ratingMin.signum() < 0 || ratingMin.compareTo(MAX_RATING) > 0)) {
      throw new IllegalArgumentException(
          "ratingMin must be between 0 and 5, got " + ratingMin.toPlainString());
    }
    if (priceMax != null && priceMax.signum() < 0) {
      throw new IllegalArgumentException(
          "priceMax must not be negative, got " + priceMax.toPlainString());
    }
    Paging.limit(limit);
    Paging.offset(offset);
  }

  /** {@return a builder with no filters and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every filter of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.specialization = specialization;
    builder.location = location;
    builder.availableFrom = availableFrom;
    builder.availableTo = availableTo;
    builder.ratingMin = ratingMin;
    builder.priceMax = priceMax;
    builder.language = language;
    builder.sessionType = sessionType;
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return only practitioners with this specialization ({@code yoga}); empty when unset} */
  public Optional<String> specialization() {
    return Optional.ofNullable(specialization);
  }

  /** {@return only practitioners in this place (free text, e.g. a city); empty when unset} */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /** {@return only practitioners with a free slot at or after this instant; empty when unset} */
  public Optional<Instant> availableFrom() {
    return Optional.ofNullable(availableFrom);
  }

  /** {@return only practitioners with a free slot at or before this instant; empty when unset} */
  public Optional<Instant> availableTo() {
    return Optional.ofNullable(availableTo);
  }

  /** {@return only practitioners rated at least this, 0 to 5; empty when unset} */
  public Optional<BigDecimal> ratingMin() {
    return Optional.ofNullable(ratingMin);
  }

  /**
   * {@return only practitioners whose base price is at most this, in major units of their currency,
   * exact; empty when unset}
   */
  public Optional<BigDecimal> priceMax() {
    return Optional.ofNullable(priceMax);
  }

  /** {@return only practitioners who speak this language; empty when unset} */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /** {@return only practitioners offering this kind of session; empty when unset} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /** {@return the page size, 1 to 100, when set (server default 20); empty when unset} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * {@return the index of the first practitioner wanted, when set (default 0); empty when unset}
   */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PractitionerSearchParams other)) {
      return false;
    }
    return Objects.equals(specialization, other.specialization)
        && Objects.equals(location, other.location)
        && Objects.equals(availableFrom, other.availableFrom)
        && Objects.equals(availableTo, other.availableTo)
        && Objects.equals(ratingMin, other.ratingMin)
        && Objects.equals(priceMax, other.priceMax)
        && Objects.equals(language, other.language)
        && Objects.equals(sessionType, other.sessionType)
        && Objects.equals(limit, other.limit)
        && Objects.equals(offset, other.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        specialization,
        location,
        availableFrom,
        availableTo,
        ratingMin,
        priceMax,
        language,
        sessionType,
        limit,
        offset);
  }

  @Override
  public String toString() {
    return "PractitionerSearchParams["
        + "specialization="
        + specialization
        + ", location="
        + location
        + ", availableFrom="
        + availableFrom
        + ", availableTo="
        + availableTo
        + ", ratingMin="
        + ratingMin
        + ", priceMax="
        + priceMax
        + ", language="
        + language
        + ", sessionType="
        + sessionType
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "]";
  }

  /**
   * Collects the fields of a {@link PractitionerSearchParams}; each method rejects {@code null}
   * (leave a filter unset instead).
   */
  public static final class Builder {
    private String specialization;
    private String location;
    private Instant availableFrom;
    private Instant availableTo;
    private BigDecimal ratingMin;
    private BigDecimal priceMax;
    private String language;
    private SessionType sessionType;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param specialization only practitioners with this specialization ({@code yoga})
     * @return this builder
     */
    public Builder specialization(String specialization) {
      this.specialization =
          Objects.requireNonNull(specialization, "specialization must not be null");
      return this;
    }

    /**
     * @param location only practitioners in this place (free text, e.g. {@code New York})
     * @return this builder
     */
    public Builder location(String location) {
      this.location = Objects.requireNonNull(location, "location must not be null");
      return this;
    }

    /**
     * @param availableFrom only practitioners with a free slot at or after this instant
     * @return this builder
     */
    public Builder availableFrom(Instant availableFrom) {
      this.availableFrom = Objects.requireNonNull(availableFrom, "availableFrom must not be null");
      return this;
    }

    /**
     * @param availableTo only practitioners with a free slot at or before this instant
     * @return this builder
     */
    public Builder availableTo(Instant availableTo) {
      this.availableTo = Objects.requireNonNull(availableTo, "availableTo must not be null");
      return this;
    }

    /**
     * @param ratingMin only practitioners rated at least this, 0 to 5
     * @return this builder
     */
    public Builder ratingMin(BigDecimal ratingMin) {
      this.ratingMin = Objects.requireNonNull(ratingMin, "ratingMin must not be null");
      return this;
    }

    /**
     * @param ratingMin only practitioners rated at least this, 0 to 5 ({@code 4.5} is sent as
     *     {@code 4.5})
     * @return this builder
     */
    public Builder ratingMin(double ratingMin) {
      if (!Double.isFinite(ratingMin)) {
        throw new IllegalArgumentException("ratingMin must be a finite number, got " + ratingMin);
      }
      return ratingMin(BigDecimal.valueOf(ratingMin));
    }

    /**
     * @param priceMax only practitioners whose base price is at most this, in major units, exact
     * @return this builder
     */
    public Builder priceMax(BigDecimal priceMax) {
      this.priceMax = Objects.requireNonNull(priceMax, "priceMax must not be null");
      return this;
    }

    /**
     * @param priceMax only practitioners whose base price is at most this many major units
     * @return this builder
     */
    public Builder priceMax(long priceMax) {
      return priceMax(BigDecimal.valueOf(priceMax));
    }

    /**
     * @param language only practitioners who speak this language ({@code Spanish})
     * @return this builder
     */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language must not be null");
      return this;
    }

    /**
     * @param sessionType only practitioners offering this kind of session
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * @param limit page size, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param offset index of the first practitioner wanted
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if a filter or bound is invalid
     */
    public PractitionerSearchParams build() {
      return new PractitionerSearchParams(this);
    }
  }
}
