package dev.gradiant.sdk.observability;

import java.util.Objects;

/**
 * A key under which an observer keeps its own state on a {@link CallContext} or {@link
 * AttemptContext}: a tracing observer keeps the call's span from {@link CallObserver#onCallStart}
 * to {@link CallObserver#onCallEnd}. Keys are compared by identity, so two observers never see each
 * other's state: each creates its keys once, as constants.
 *
 * <pre>{@code
 * private static final ObservationKey<Span> CALL_SPAN = ObservationKey.of("my-tracing.call-span");
 * }</pre>
 *
 * @param <T> the type of the value kept under the key
 */
public final class ObservationKey<T> {
  private final String name;

  private ObservationKey(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * A new key, distinct from every other one.
   *
   * @param name a description for debugging, e.g. {@code otel.call-span}; it does not make keys
   *     equal
   * @param <T> the type of the value kept under the key
   * @return the key
   */
  public static <T> ObservationKey<T> of(String name) {
    return new ObservationKey<>(name);
  }

  /** {@return the name given to {@link #of}} */
  @Override
  public String toString() {
    return name;
  }
}
