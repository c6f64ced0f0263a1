package dev.gradiant.sdk.core;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/**
 * A type with its type arguments, such as {@code List<Booking>}, which a {@code Class} cannot name.
 * Capture it with an anonymous subclass:
 *
 * <pre>{@code
 * GenericType<Map<String, List<Booking>>> type = new GenericType<>() {};
 * }</pre>
 *
 * <p>The SDK's own token, so that no JSON library's type appears in its API.
 *
 * @param <T> the captured type
 */
public abstract class GenericType<T> {
  private final Type type;

  /**
   * Captures the type argument of the anonymous subclass.
   *
   * @throws IllegalStateException if the subclass gives no concrete type argument ({@code new
   *     GenericType() {}}, or a type variable such as {@code new GenericType<T>() {}})
   */
  protected GenericType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)
        || parameterized.getRawType() != GenericType.class) {
      throw new IllegalStateException(
          "Create a GenericType as a direct anonymous subclass with a type argument:"
              + " new GenericType<List<Booking>>() {}");
    }
    Type argument = parameterized.getActualTypeArguments()[0];
    if (argument instanceof TypeVariable<?>) {
      throw new IllegalStateException(
          "GenericType needs a concrete type argument, not the type variable " + argument);
    }
    this.type = argument;
  }

  /** {@return the captured type} */
  public final Type type() {
    return type;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof GenericType<?> that && type.equals(that.type);
  }

  @Override
  public final int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "GenericType[" + type.getTypeName() + "]";
  }
}
