package dev.gradiant.sdk.observability;

import java.util.Optional;

/**
 * One HTTP attempt of a call, from {@link CallObserver#onAttemptStart} to {@link
 * CallObserver#onAttemptResponse} or {@link CallObserver#onAttemptFailure}: which attempt it is,
 * and the state observers keep on it (a tracing observer's attempt span). Created by the client;
 * not meant to be implemented elsewhere but in an observer's tests.
 */
public interface AttemptContext {

  /** {@return the call this attempt belongs to} */
  CallContext call();

  /** {@return 1 for the first attempt, 2 for the first retry, ...} */
  int number();

  /**
   * {@return the value an observer kept under {@code key} for this attempt, or empty}
   *
   * @param key the observer's own key
   * @param <T> the value's type
   */
  <T> Optional<T> get(ObservationKey<T> key);

  /**
   * Keeps {@code value} under {@code key} for the rest of this attempt; {@code null} removes it.
   * Safe from any thread.
   *
   * @param key the observer's own key
   * @param value the value, or {@code null} to remove it
   * @param <T> the value's type
   */
  <T> void put(ObservationKey<T> key, T value);
}
