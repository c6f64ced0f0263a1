package dev.gradiant.sdk.internal.realtime;

import java.util.function.Function;

/**
 * How the client creates its realtime sub-client although its constructor is not public: the class
 * registers its factory in its static initializer (as {@code SubClientFactories} does for the REST
 * sub-clients), and {@link #create} initializes the class first.
 */
public final class RealtimeFactories {
  private static volatile Function<FeedWiring, ?> factory;
  private static volatile Class<?> registered;

  private RealtimeFactories() {}

  /**
   * Called once by the realtime feed class, from its static initializer.
   *
   * @param type the realtime feed class
   * @param constructor its constructor
   * @param <T> the realtime feed type
   */
  public static synchronized <T> void register(Class<T> type, Function<FeedWiring, T> constructor) {
    if (registered != null) {
      throw new IllegalStateException(type.getName() + " registered its factory twice");
    }
    registered = type;
    factory = constructor;
  }

  /**
   * @param type the realtime feed class
   * @param wiring what it is built from
   * @param <T> the realtime feed type
   * @return a new realtime feed
   */
  public static <T> T create(Class<T> type, FeedWiring wiring) {
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
    return type.cast(factory.apply(wiring));
  }
}
