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

  /**
   * Filters and bounds as the query; {@code 1E+2} is sent as {@code 100}, never in exponent form.
   */
  static ApiRequest search(PractitionerSearchParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/practitioners")
        .query("specialization", params.specialization().orElse(null))
        .query("location", params.location().orElse(null))
        .query("availableFrom", params.availableFrom().orElse(null))
        .query("availableTo", params.availableTo().orElse(null))
        .query("ratingMin", params.ratingMin().map(BigDecimal::toPlainString).orElse(null))
        .query("priceMax", params.priceMax().map(BigDecimal::toPlainString).orElse(null))
        .query("language", params.language().orElse(null))
        .query("sessionType", params.sessionType().orElse(null))
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest get(String practitionerId) {
    return ApiRequest.getOne("/practitioners/{id}", "practitionerId", practitionerId);
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
}
