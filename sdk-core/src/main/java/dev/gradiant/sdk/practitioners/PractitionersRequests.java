package dev.gradiant.sdk.practitioners;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The requests of the {@code /practitioners} endpoints and the readers of their answers, built in
 * one place for {@link PractitionersClient} and {@link AsyncPractitionersClient}. Each checks its
 * arguments.
 */
final class PractitionersRequests {
  static final ObjectReader PRACTITIONER = Json.envelopeReader(Practitioner.class);
  static final ObjectReader PRACTITIONERS = Json.listEnvelopeReader(Practitioner.class);
  static final ObjectReader AVAILABILITY = Json.envelopeReader(Availability.class);

  private PractitionersRequests() {}

  static ApiRequest search(PractitionerSearchParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/practitioners")
        .query("specialization", params.specialization())
        .query("location", params.location())
        .query("availableFrom", params.availableFrom())
        .query("availableTo", params.availableTo())
        .query("ratingMin", plain(params.ratingMin()))
        .query("priceMax", plain(params.priceMax()))
        .query("language", params.language())
        .query("sessionType", params.sessionType())
        .query("limit", params.limit())
        .query("offset", params.offset())
        .build();
  }

  static ApiRequest get(String practitionerId) {
    return ApiRequest.get("/practitioners/{id}")
        .pathParam("practitionerId", practitionerId)
        .build();
  }

  static ApiRequest getAvailability(String practitionerId, LocalDate from, LocalDate to) {
    ApiRequest.Builder request =
        ApiRequest.get("/practitioners/{id}/availability")
            .pathParam("practitionerId", practitionerId);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
    return request.query("from", from).query("to", to).build();
  }

  /** {@code 1E+2} is sent as {@code 100}: query values never use exponent notation. */
  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
