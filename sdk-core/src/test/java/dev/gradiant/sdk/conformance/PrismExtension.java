package dev.gradiant.sdk.conformance;

import dev.gradiant.sdk.contract.OpenApiSpec;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link PrismServer} of the run: started when first asked for, kept in the
 * root store, and stopped when the whole run ends, whether it passed or not. A failed start is kept
 * too, so every later test fails at once with the same message instead of starting Prism again.
 */
final class PrismExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PrismExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PrismServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Started.class, type -> Started.start(), Started.class)
        .server();
  }

  /** The server, or why it could not start; closed by JUnit with the root store. */
  private record Started(PrismServer prism, AssertionError failure) implements AutoCloseable {
    static Started start() {
      try {
        return new Started(PrismServer.start(OpenApiSpec.file()), null);
      } catch (AssertionError failure) {
        return new Started(null, failure);
      }
    }

    PrismServer server() {
      if (failure != null) {
        throw failure;
      }
      return prism;
    }

    @Override
    public void close() {
      if (prism != null) {
        prism.close();
      }
    }
  }
}
