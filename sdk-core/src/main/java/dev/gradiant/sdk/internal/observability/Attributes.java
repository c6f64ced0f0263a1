package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.ObservationKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The values observers keep on one call or attempt, keyed by identity: a few pairs in one array.
 * The call or attempt creates it at the first value kept, and reads through the static methods,
 * which take its absence for no values.
 */
final class Attributes {
  private Object[] keysAndValues = new Object[4];
  private int size;

  /** {@return the value under {@code key} in {@code attributes}, which may be null} */
  static <T> Optional<T> get(Attributes attributes, ObservationKey<T> key) {
    Objects.requireNonNull(key, "key");
    return attributes == null ? Optional.empty() : attributes.get(key);
  }

  /** Keeps {@code value} under {@code key}; {@code attributes} is null only for a null value. */
  static <T> void put(Attributes attributes, ObservationKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
    if (attributes != null) {
      attributes.put(key, value);
    }
  }

  private synchronized <T> Optional<T> get(ObservationKey<T> key) {
    for (int i = 0; i < size; i += 2) {
      if (keysAndValues[i] == key) {
        @SuppressWarnings("unchecked") // put() only stores a T under an ObservationKey<T>
        T value = (T) keysAndValues[i + 1];
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private synchronized <T> void put(ObservationKey<T> key, T value) {
    for (int i = 0; i < size; i += 2) {
      if (keysAndValues[i] == key) {
        if (value == null) {
          System.arraycopy(keysAndValues, i + 2, keysAndValues, i, size - i - 2);
          size -= 2;
          keysAndValues[size] = null;
          keysAndValues[size + 1] = null;
        } else {
          keysAndValues[i + 1] = value;
        }
        return;
      }
    }
    if (value == null) {
      return;
    }
    if (size == keysAndValues.length) {
      keysAndValues = Arrays.copyOf(keysAndValues, size * 2);
    }
    keysAndValues[size++] = key;
    keysAndValues[size++] = value;
  }
}
