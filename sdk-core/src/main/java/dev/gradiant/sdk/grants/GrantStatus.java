package dev.gradiant.sdk.grants;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * Where a grant is in its life. Statuses added by the server later are kept, not rejected; only
 * {@link #ACTIVE} gives access (see {@link Grant#isActiveAt(java.time.Instant)}).
 */
public final class GrantStatus extends ExtensibleEnum {

  /** Asked for, not yet answered by the patient; gives no access. */
  public static final GrantStatus PENDING = new GrantStatus("pending");

  /** The patient agreed; gives access to the grant's scopes until it expires. */
  public static final GrantStatus ACTIVE = new GrantStatus("active");

  /** The patient withdrew it; gives no access. */
  public static final GrantStatus REVOKED = new GrantStatus("revoked");

  /** Its expiry passed; gives no access. */
  public static final GrantStatus EXPIRED = new GrantStatus("expired");

  /** The patient refused the request; gives no access. */
  public static final GrantStatus DECLINED = new GrantStatus("declined");

  private static final KnownValues<GrantStatus> KNOWN =
      KnownValues.of(GrantStatus::new, List.of(PENDING, ACTIVE, REVOKED, EXPIRED, DECLINED));

  private GrantStatus(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value, e.g. {@code active}
   * @return the status
   */
  @JsonCreator
  public static GrantStatus of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
