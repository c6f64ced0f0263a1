package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.Arrays;
import java.util.List;

/**
 * An OAuth 2.0 scope: what an access token from {@code POST /oauth/token} may do. Scopes the server
 * adds later are kept, not rejected.
 */
public final class OAuthScope extends ExtensibleEnum {

  /** {@code read:profile}: read user profile information. */
  public static final OAuthScope READ_PROFILE = new OAuthScope("read:profile");

  /** {@code write:profile}: update user profile information. */
  public static final OAuthScope WRITE_PROFILE = new OAuthScope("write:profile");

  /** {@code read:bookings}: read the user's bookings. */
  public static final OAuthScope READ_BOOKINGS = new OAuthScope("read:bookings");

  /** {@code write:bookings}: create and modify bookings. */
  public static final OAuthScope WRITE_BOOKINGS = new OAuthScope("write:bookings");

  /** {@code read:practitioners}: access the practitioner directory. */
  public static final OAuthScope READ_PRACTITIONERS = new OAuthScope("read:practitioners");

  /** {@code write:practitioners}: update practitioner information (practitioners only). */
  public static final OAuthScope WRITE_PRACTITIONERS = new OAuthScope("write:practitioners");

  /** {@code read:messages}: read messages and communications. */
  public static final OAuthScope READ_MESSAGES = new OAuthScope("read:messages");

  /** {@code write:messages}: send messages and communications. */
  public static final OAuthScope WRITE_MESSAGES = new OAuthScope("write:messages");

  /** {@code read:health_records}: access health records (with consent). */
  public static final OAuthScope READ_HEALTH_RECORDS = new OAuthScope("read:health_records");

  /** {@code write:health_records}: update health records. */
  public static final OAuthScope WRITE_HEALTH_RECORDS = new OAuthScope("write:health_records");

  /** {@code admin:users}: administrative access to user management. */
  public static final OAuthScope ADMIN_USERS = new OAuthScope("admin:users");

  /** {@code admin:platform}: full platform administrative access. */
  public static final OAuthScope ADMIN_PLATFORM = new OAuthScope("admin:platform");

  private static final KnownValues<OAuthScope> KNOWN =
      KnownValues.of(
          OAuthScope::new,
          List.of(
              READ_PROFILE,
              WRITE_PROFILE,
              READ_BOOKINGS,
              WRITE_BOOKINGS,
              READ_PRACTITIONERS,
              WRITE_PRACTITIONERS,
              READ_MESSAGES,
              WRITE_MESSAGES,
              READ_HEALTH_RECORDS,
              WRITE_HEALTH_RECORDS,
              ADMIN_USERS,
              ADMIN_PLATFORM));

  private OAuthScope(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the scope, e.g. {@code read:profile}
   * @return the scope
   * @throws IllegalArgumentException if {@code value} is blank or contains a space (scopes are
   *     space-separated on the wire)
   */
  @JsonCreator
  public static OAuthScope of(String value) {
    RequiredText.require("scope", value);
    if (value.chars().anyMatch(c -> c <= 0x20 || c == '"' || c == '\\' || c >= 0x7f)) {
      throw new IllegalArgumentException(
          "scope must be printable ASCII without spaces, quotes or backslashes (RFC 6749 §3.3)");
    }
    return KNOWN.parse(value);
  }

  /**
   * Splits a space-separated {@code scope} string from a token response, keeping every value the
   * server sent.
   *
   * @param scopes e.g. {@code "read:profile write:bookings"}; null or blank gives an empty list
   * @return the scopes in order
   */
  static List<OAuthScope> parseList(String scopes) {
    if (scopes == null || scopes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(scopes.strip().split("\\s+")).map(KNOWN::parse).toList();
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
