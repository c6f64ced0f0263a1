package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.ObservationKey;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The values observers keep on one call or attempt, keyed by identity: key and value pairs in an
 * array that a {@code put} replaces and never changes (copy on write). A {@code get} reads one
 * volatile field and takes no lock; a {@code put} swaps the array with a compare-and-set, so puts
 * from several threads are never lost, and the volatile write publishes the value to whichever
 * callback reads it next, on any thread. Nothing is allocated until the first value, and then an
 * array of exactly the pairs kept.
 */
abstract class KeptValues {
  private static final VarHandle PAIRS;

  static {
    try {
      PAIRS = MethodHandles.lookup().findVarHandle(KeptValues.class, "pairs", Object[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  // null until the first value; then [key, value, key, value, ...], never changed once published
  @SuppressWarnings("unused") // written through PAIRS
  private volatile Object[] pairs;

  /**
   * {@return the value kept under {@code key}, or empty}
   *
   * @param key the observer's own key
   * @param <T> the value's type
   */
  public <T> Optional<T> get(ObservationKey<T> key) {
    Objects.requireNonNull(key, "key");
    Object[] kept = pairs;
    if (kept != null) {
      for (int i = 0; i < kept.length; i += 2) {
        if (kept[i] == key) {
          @SuppressWarnings("unchecked") // put() only stores a T under an ObservationKey<T>
          T value = (T) kept[i + 1];
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Keeps {@code value} under {@code key}, replacing any earlier value; {@code null} removes it.
   *
   * @param key the observer's own key
   * @param value the value, or {@code null}
   * @param <T> the value's type
   */
  public <T> void put(ObservationKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    while (true) {
      Object[] kept = pairs;
      Object[] next = with(kept, key, value);
      if (next == kept || PAIRS.compareAndSet(this, kept, next)) {
        return;
      }
    }
  }

  /** {@return a new array of {@code kept} with {@code key} set to {@code value}, or kept as is} */
  private static Object[] with(Object[] kept, Object key, Object value) {
    int size = kept == null ? 0 : kept.length;
    for (int i = 0; i < size; i += 2) {
      if (kept[i] == key) {
        if (value == kept[i + 1]) {
          return kept;
        }
        if (value != null) {
          Object[] next = kept.clone();
          next[i + 1] = value;
          return next;
        }
        if (size == 2) {
          return null;
        }
        Object[] next = new Object[size - 2];
        System.arraycopy(kept, 0, next, 0, i);
        System.arraycopy(kept, i + 2, next, i, size - i - 2);
        return next;
      }
    }
    if (value == null) {
      return kept;
    }
    Object[] next = kept == null ? new Object[2] : Arrays.copyOf(kept, size + 2);
    next[size] = key;
    next[size + 1] = value;
    return next;
  }
}
