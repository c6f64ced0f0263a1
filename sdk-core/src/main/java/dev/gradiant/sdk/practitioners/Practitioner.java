package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A practitioner's public directory profile. Names and bio are public directory data, so {@link
 * #toString()} shows them.
 *
 * @param id the practitioner's id
 * @param userId the practitioner's own user account
 * @param firstName the first name
 * @param lastName the last name
 * @param bio the public biography
 * @param specializations what the practitioner specializes in ({@code Hatha Yoga}); never null
 * @param experience years of experience
 * @param rating the average rating, 0 to 5, exact
 * @param totalSessions how many sessions the practitioner has held
 * @param responseTime typical time to answer a message, in minutes
 * @param languages the languages spoken; never null
 * @param basePrice the base price of a session, exact
 * @param verified whether Gradiant has verified the practitioner's credentials
 * @param availabilityId the id of the practitioner's availability calendar
 * @param createdAt when the profile was created
 * @param updatedAt when it last changed
 */
public record Practitioner(
    String id,
    String userId,
    String firstName,
    String lastName,
    String bio,
    List<String> specializations,
    Integer experience,
    BigDecimal rating,
    Integer totalSessions,
    Integer responseTime,
    List<String> languages,
    Money basePrice,
    Boolean verified,
    String availabilityId,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Replaces absent lists with empty ones and makes them unmodifiable.
   *
   * @param id the practitioner's id
   * @param userId the practitioner's own user account
   * @param firstName the first name
   * @param lastName the last name
   * @param bio the public biography
   * @param specializations what the practitioner specializes in; never null
   * @param experience years of experience
   * @param rating the average rating, 0 to 5, exact
   * @param totalSessions how many sessions the practitioner has held
   * @param responseTime typical time to answer a message, in minutes
   * @param languages the languages spoken; never null
   * @param basePrice the base price of a session, exact
   * @param verified whether Gradiant has verified the practitioner's credentials
   * @param availabilityId the id of the practitioner's availability calendar
   * @param createdAt when the profile was created
   * @param updatedAt when it last changed
   */
  public Practitioner {
    specializations = specializations == null ? List.of() : List.copyOf(specializations);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
