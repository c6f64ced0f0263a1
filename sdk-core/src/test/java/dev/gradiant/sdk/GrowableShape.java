package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Checks that a public model or params type has the shape that lets it gain fields without breaking
 * callers: a final class (not a record) with private final fields, no public constructor, {@code
 * builder()} and {@code toBuilder()}, and a final {@code Builder} without a public constructor
 * whose {@code build()} returns the type.
 */
public final class GrowableShape {
  private GrowableShape() {}

  /**
   * @param type the public model or params type
   */
  public static void assertGrowable(Class<?> type) {
    assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isFalse();
    assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
    assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        assertThat(
                Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
            .as("%s.%s is private final", type.getSimpleName(), field.getName())
            .isTrue();
      }
    }
    try {
      Method builder = type.getMethod("builder");
      assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
      Class<?> builderType = builder.getReturnType();
      assertThat(builderType.getSimpleName()).isEqualTo("Builder");
      assertThat(builderType.getEnclosingClass()).isEqualTo(type);
      assertThat(Modifier.isFinal(builderType.getModifiers())).isTrue();
      assertThat(builderType.getConstructors()).as("public constructors of its builder").isEmpty();
      assertThat(builderType.getMethod("build").getReturnType()).isEqualTo(type);
      assertThat(type.getMethod("toBuilder").getReturnType()).isEqualTo(builderType);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " lacks builder(), toBuilder() or build()", e);
    }
  }
}
