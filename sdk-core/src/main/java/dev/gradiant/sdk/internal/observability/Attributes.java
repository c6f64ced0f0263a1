package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.ObservationKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The values observers keep on one call or attempt, keyed by identity: a few pairs in one array,
 * allocated at the first {@link #put}.
 */
final class Attributes {
  private Object[] keysAndValues;
  private int size;

  synchronized <T> Optional<T> get(ObservationKey<T> key) {
    Objects.requireNonNull(key, "key");
    for (int i = 0; i < size; i += 2) {
      if (keysAndValues[i] == key) {
        @SuppressWarnings("unchecked") // put() only stores a T under an ObservationKey<T>
        T value = (T) keysAndValues[i + 1];
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  synchronized <T> void put(ObservationKey<T> key, T value) {
    Objects.requireNonNull(key, "key");
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
    if (keysAndValues == null) {
      keysAndValues = new Object[4];
    } else if (size == keysAndValues.length) {
      keysAndValues = Arrays.copyOf(keysAndValues, size * 2);
    }
    keysAndValues[size++] = key;
    keysAndValues[size++] = value;
  }
}
