package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 409 PRACTITIONER_UNAVAILABLE}: the practitioner does not work at the time asked for.
 * Choose a free slot from {@link
 * dev.gradiant.sdk.practitioners.PractitionersClient#getAvailability(String, java.time.LocalDate,
 * java.time.LocalDate)}.
 */
public class PractitionerUnavailableException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public PractitionerUnavailableException(
      ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
