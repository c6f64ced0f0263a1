package dev.gradiant.sdk.internal.enums;

import dev.gradiant.sdk.core.ExtensibleEnum;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The constants of one {@link ExtensibleEnum} subclass, so that parsing a known wire value returns
 * the shared constant and an unknown one a fresh instance.
 *
 * @param <T> the enumeration type
 */
public final class KnownValues<T extends ExtensibleEnum> {
  private final Map<String, T> byValue;
  private final Function<String, T> unknown;

  private KnownValues(Map<String, T> byValue, Function<String, T> unknown) {
    this.byValue = byValue;
    this.unknown = unknown;
  }

  /**
   * @param unknown makes an instance for a value that is not one of {@code constants}
   * @param constants the known values
   * @param <T> the enumeration type
   * @return the registry
   */
  public static <T extends ExtensibleEnum> KnownValues<T> of(
      Function<String, T> unknown, List<T> constants) {
    return new KnownValues<>(
        constants.stream().collect(Collectors.toUnmodifiableMap(ExtensibleEnum::value, c -> c)),
        unknown);
  }

  /** The constant for {@code value}, or a new instance holding it. */
  public T parse(String value) {
    Objects.requireNonNull(value, "value");
    T known = byValue.get(value);
    return known != null ? known : unknown.apply(value);
  }

  /** Whether {@code value} is one of the constants. */
  public boolean contains(String value) {
    return byValue.containsKey(value);
  }
}
