package dev.gradiant.sdk.internal.graphql;

import dev.gradiant.sdk.internal.http.RequestExecutor;
import java.util.function.BiFunction;

/**
 * How the client creates its GraphQL sub-client, which needs the request executor and the
 * subscription engine, although its constructor is not public: the class registers its factory in
 * its static initializer (as {@code SubClientFactories} does for the REST sub-clients), and {@link
 * #create} initializes the class first.
 */
public final class GraphqlClientFactory {
  private static volatile BiFunction<RequestExecutor, SubscriptionEngine, ?> factory;
  private static volatile Class<?> registered;

  private GraphqlClientFactory() {}

  /**
   * Called once by the GraphQL sub-client class, from its static initializer.
   *
   * @param type the class
   * @param constructor its constructor
   * @param <T> the sub-client type
   */
  public static synchronized <T> void register(
      Class<T> type, BiFunction<RequestExecutor, SubscriptionEngine, T> constructor) {
    if (registered != null) {
      throw new IllegalStateException(type.getName() + " registered its factory twice");
    }
    registered = type;
    factory = constructor;
  }

  /**
   * @param type the GraphQL sub-client class
   * @param executor the client's request executor
   * @param engine the client's subscription engine
   * @param <T> the sub-client type
   * @return a new sub-client
   */
  public static <T> T create(Class<T> type, RequestExecutor executor, SubscriptionEngine engine) {
    if (factory == null) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Cannot load " + type.getName(), e);
      }
    }
    if (registered != type) {
      throw new IllegalStateException(type.getName() + " registers no factory");
    }
    return type.cast(factory.apply(executor, engine));
  }
}
