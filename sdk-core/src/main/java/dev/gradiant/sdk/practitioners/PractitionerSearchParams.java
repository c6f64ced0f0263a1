package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Paging;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The query of {@code GET /practitioners}: optional filters, all of which a practitioner must
 * match, and paging.
 *
 * @param specialization only practitioners with this specialization ({@code yoga})
 * @param location only practitioners in this place (free text, e.g. a city)
 * @param availableFrom only practitioners with a free slot at or after this instant
 * @param availableTo only practitioners with a free slot at or before this instant
 * @param ratingMin only practitioners rated at least this, 0 to 5
 * @param priceMax only practitioners whose base price is at most this, in major units of their
 *     currency, exact
 * @param language only practitioners who speak this language
 * @param sessionType only practitioners offering this kind of session
 * @param limit page size, 1 to 100 (server default 20)
 * @param offset index of the first practitioner wanted (default 0)
 */
public record PractitionerSearchParams(
    String specialization,
    String location,
    Instant availableFrom,
    Instant availableTo,
    BigDecimal ratingMin,
    BigDecimal priceMax,
    String language,
    SessionType sessionType,
    Integer limit,
    Integer offset) {

  private static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);

  /**
   * Checks the filters and bounds.
   *
   * @param specialization only practitioners with this specialization ({@code yoga})
   * @param location only practitioners in this place (free text, e.g. a city)
   * @param availableFrom only practitioners with a free slot at or after this instant
   * @param availableTo only practitioners with a free slot at or before this instant
   * @param ratingMin only practitioners rated at least this, 0 to 5
   * @param priceMax only practitioners whose base price is at most this, in major units, exact
   * @param language only practitioners who speak this language
   * @param sessionType only practitioners offering this kind of session
   * @param limit page size, 1 to 100 (server default 20)
   * @param offset index of the first practitioner wanted (default 0)
   * @throws IllegalArgumentException if a text filter is blank, {@code ratingMin} is outside 0 to
   *     5, {@code priceMax} is negative, {@code availableFrom} is after {@code availableTo} or
   *     either is outside the years 0000 to 9999, or a paging bound is out of range
   */
  public PractitionerSearchParams {
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

  /** Collects the fields of a {@link PractitionerSearchParams}. */
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
      this.specialization = specialization;
      return this;
    }

    /**
     * @param location only practitioners in this place (free text, e.g. {@code New York})
     * @return this builder
     */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /**
     * @param availableFrom only practitioners with a free slot at or after this instant
     * @return this builder
     */
    public Builder availableFrom(Instant availableFrom) {
      this.availableFrom = availableFrom;
      return this;
    }

    /**
     * @param availableTo only practitioners with a free slot at or before this instant
     * @return this builder
     */
    public Builder availableTo(Instant availableTo) {
      this.availableTo = availableTo;
      return this;
    }

    /**
     * @param ratingMin only practitioners rated at least this, 0 to 5
     * @return this builder
     */
    public Builder ratingMin(BigDecimal ratingMin) {
      this.ratingMin = ratingMin;
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
      this.priceMax = priceMax;
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
      this.language = language;
      return this;
    }

    /**
     * @param sessionType only practitioners offering this kind of session
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = sessionType;
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
      return new PractitionerSearchParams(
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
  }
}
