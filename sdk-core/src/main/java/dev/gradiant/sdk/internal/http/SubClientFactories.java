package dev.gradiant.sdk.internal.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How the client creates its sub-clients although their constructors are not public: each
 * sub-client class registers a factory here in its static initializer, and {@link #create} first
 * initializes the class it is asked for, so that its factory is registered before it is looked up.
 * The constructors stay package-private, and no public signature names {@link RequestExecutor}.
 */
public final class SubClientFactories {
  private static final Map<Class<?>, Function<RequestExecutor, ?>> FACTORIES =
      new ConcurrentHashMap<>();

  private SubClientFactories() {}

  /**
   * Called once by each sub-client class, from its static initializer.
   *
   * @param type the sub-client class
   * @param factory its constructor
   * @param <T> the sub-client type
   * @throws IllegalStateException if the type already registered a factory
   */
  public static <T> void register(Class<T> type, Function<RequestExecutor, T> factory) {
    if (FACTORIES.putIfAbsent(type, factory) != null) {
      throw new IllegalStateException(type.getName() + " registered its factory twice");
    }
  }

  /**
   * @param type the sub-client class
   * @param executor the client's request executor
   * @param <T> the sub-client type
   * @return a new sub-client calling through {@code executor}
   * @throws IllegalStateException if the class registers no factory when initialized
   */
  public static <T> T create(Class<T> type, RequestExecutor executor) {
    Function<RequestExecutor, ?> factory = FACTORIES.get(type);
    if (factory == null) {
      initialize(type);
      factory = FACTORIES.get(type);
      if (factory == null) {
        throw new IllegalStateException(type.getName() + " registers no factory");
      }
    }
    return type.cast(factory.apply(executor));
  }

  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Cannot load " + type.getName(), e);
    }
  }
}
