package dev.gradiant.sdk.internal.client;

import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;

/**
 * Where a client keeps one of its sub-clients: made at the first {@link #get}, by one thread
 * however many ask at once, and the same instance at every later one. A client builds no sub-client
 * (and loads none of its classes) that the application does not ask for. The class is named at
 * {@link #get}, not here, so that making the slot does not load it.
 *
 * @param <T> the sub-client type
 */
public final class SubClientSlot<T> {
  private final RequestExecutor executor;
  private volatile T client;

  /**
   * @param executor the request executor the sub-client will call through
   */
  public SubClientSlot(RequestExecutor executor) {
    this.executor = executor;
  }

  /**
   * @param type the sub-client class
   * @return the sub-client, made now if this is the first call
   */
  public T get(Class<T> type) {
    T made = client;
    return made != null ? made : make(type);
  }

  private synchronized T make(Class<T> type) {
    T made = client;
    if (made == null) {
      made = SubClientFactories.create(type, executor);
      client = made;
    }
    return made;
  }
}
