package dev.gradiant.sdk.internal.graphql;

import dev.gradiant.sdk.internal.http.RequestExecutor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * How the client creates its GraphQL sub-clients (the blocking one and the asynchronous one), which
 * need the request executor and the subscription engine, although their constructors are not
 * public: each class registers its factory in its static initializer (as {@code SubClientFactories}
 * does for the REST sub-clients), and {@link #create} initializes the class first.
 */
public final class GraphqlClientFactory {
  private static final Map<Class<?>, BiFunction<RequestExecutor, SubscriptionEngine, ?>> FACTORIES =
      new ConcurrentHashMap<>();

  private GraphqlClientFactory() {}

  /**
   * Called once by each GraphQL sub-client class, from its static initializer.
   *
   * @param type the class
   * @param constructor its constructor
   * @param <T> the sub-client type
   * @throws IllegalStateException if the type already registered a factory
   */
  public static <T> void register(
      Class<T> type, BiFunction<RequestExecutor, SubscriptionEngine, T> constructor) {
    if (FACTORIES.putIfAbsent(type, constructor) != null) {
      throw new IllegalStateException(type.getName() + " registered its factory twice");
    }
  }

  /**
   * @param type the GraphQL sub-client class
   * @param executor the client's request executor
   * @param engine the client's subscription engine
   * @param <T> the sub-client type
   * @return a new sub-client
   * @throws IllegalStateException if the class registers no factory when initialized
   */
  public static <T> T create(Class<T> type, RequestExecutor executor, SubscriptionEngine engine) {
    BiFunction<RequestExecutor, SubscriptionEngine, ?> factory = FACTORIES.get(type);
    if (factory == null) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Cannot load " + type.getName(), e);
      }
      factory = FACTORIES.get(type);
      if (factory == null) {
        throw new IllegalStateException(type.getName() + " registers no factory");
      }
    }
    return type.cast(factory.apply(executor, engine));
  }
}
