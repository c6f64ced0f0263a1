package dev.gradiant.sdk.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the SDK's forward-compatible enumerations (statuses, types). Each subclass names the
 * values the SDK knows as constants; a value the server adds later is kept as its raw string
 * instead of failing the call. Compare with {@code equals} or switch on {@link #value()}.
 */
public abstract class ExtensibleEnum {
  private final String value;

  /**
   * @param value the wire value
   */
  protected ExtensibleEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** {@return the value exactly as it appears on the wire ({@code in_progress})} */
  @JsonValue
  public final String value() {
    return value;
  }

  /** {@return whether this is one of the constants the SDK was built with} */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((ExtensibleEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
