package dev.gradiant.sdk.observability;

import java.util.Optional;

/**
 * One logical call of the client, from {@link CallObserver#onCallStart} to {@link
 * CallObserver#onCallEnd}: what it is, and the state observers keep on it. The same instance is
 * handed to every callback of the call. Created by the client; not meant to be implemented
 * elsewhere but in an observer's tests.
 */
public interface CallContext {

  /** {@return the operation called, with the contract's {@code operationId} and route template} */
  Operation operation();

  /** {@return the API's host name, e.g. {@code api.gradiant.dev}} */
  String serverAddress();

  /** {@return the API's port, e.g. {@code 443}} */
  int serverPort();

  /** {@return whether the call was made through {@code client.async()}} */
  boolean async();

  /**
   * {@return the value an observer kept under {@code key} for this call, or empty}
   *
   * @param key the observer's own key
   * @param <T> the value's type
   */
  <T> Optional<T> get(ObservationKey<T> key);

  /**
   * Keeps {@code value} under {@code key} for the rest of this call (replacing any earlier value);
   * {@code null} removes it. Safe from any thread.
   *
   * @param key the observer's own key
   * @param value the value, or {@code null} to remove it
   * @param <T> the value's type
   */
  <T> void put(ObservationKey<T> key, T value);
}
