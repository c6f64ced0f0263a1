package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Checks the shape that lets a model or params type gain a field without breaking callers: a final
 * class (not a record), private final fields, no public constructor, {@code builder()} and {@code
 * toBuilder()}, and a final nested {@code Builder} without a public constructor.
 */
public final class ModelShape {
  private ModelShape() {}

  /**
   * @param type the model or params type
   */
  public static void assertGrowable(Class<?> type) throws ReflectiveOperationException {
    assertThat(type.isRecord()).as("%s is a record", type).isFalse();
    assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
    assertThat(Arrays.stream(type.getConstructors()).map(Constructor::toString))
        .as("public constructors of %s", type)
        .isEmpty();
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        assertThat(
                Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
            .as("%s is private final", field)
            .isTrue();
      }
    }
    Class<?> builder = Class.forName(type.getName() + "$Builder");
    Method factory = type.getMethod("builder");
    assertThat(Modifier.isStatic(factory.getModifiers())).isTrue();
    assertThat(factory.getReturnType()).isEqualTo(builder);
    assertThat(type.getMethod("toBuilder").getReturnType()).isEqualTo(builder);
    assertThat(Modifier.isFinal(builder.getModifiers())).as("%s is final", builder).isTrue();
    assertThat(builder.getConstructors()).as("public constructors of %s", builder).isEmpty();
    assertThat(builder.getMethod("build").getReturnType()).isEqualTo(type);
  }
}
