package dev.gradiant.sdk.testing;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support: one {@link GradiantSandbox} per test class, started before its first test,
 * injected into any test, lifecycle method or constructor parameter of type {@link
 * GradiantSandbox}, and closed after its last test. Tests of a class share its sandbox; call {@link
 * GradiantSandbox#reset()} for a clean slate.
 *
 * <pre>{@code
 * @ExtendWith(GradiantSandboxExtension.class)
 * class BookingFlowTest {
 *   @Test
 *   void booksASlot(GradiantSandbox sandbox) { ... }
 * }
 *
 * // or, configured:
 * @RegisterExtension
 * static final GradiantSandboxExtension SANDBOX =
 *     new GradiantSandboxExtension(GradiantSandbox.builder().rateLimit(5));
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path (an optional dependency of this
 * artifact).
 */
// JUnit is an optional dependency (requires static): a test that uses this extension reads JUnit
// itself, and an application that does not use it need not have JUnit at all.
@SuppressWarnings("exports")
public final class GradiantSandboxExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GradiantSandboxExtension.class);

  private final GradiantSandbox.Builder builder;

  /** Starts sandboxes with the defaults of {@link GradiantSandbox#builder()}. */
  public GradiantSandboxExtension() {
    this(GradiantSandbox.builder());
  }

  /**
   * Starts sandboxes from {@code builder}.
   *
   * @param builder the configuration, e.g. {@code GradiantSandbox.builder().rateLimit(5)}
   */
  public GradiantSandboxExtension(GradiantSandbox.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder must not be null");
  }

  /**
   * Starts the test class's sandbox.
   *
   * @param context the test class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
  }

  /**
   * Closes the test class's sandbox.
   *
   * @param context the test class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    GradiantSandbox sandbox =
        context.getStore(NAMESPACE).remove(key(context), GradiantSandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /**
   * {@return whether the parameter is a {@link GradiantSandbox}}
   *
   * @param parameter the parameter
   * @param context the current context
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GradiantSandbox.class;
  }

  /**
   * {@return the test class's sandbox, started if needed}
   *
   * @param parameter the parameter
   * @param context the current context
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandbox(context);
  }

  /**
   * The sandbox of the test class running in {@code context}, started if needed.
   *
   * @param context any context of the test class
   * @return the running sandbox
   */
  public GradiantSandbox sandbox(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    ExtensionContext.Store store = classContext.getStore(NAMESPACE);
    synchronized (this) {
      GradiantSandbox sandbox = store.get(key(classContext), GradiantSandbox.class);
      if (sandbox == null) {
        sandbox = builder.start();
        store.put(key(classContext), sandbox);
      }
      return sandbox;
    }
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static String key(ExtensionContext classContext) {
    return "sandbox:" + classContext.getUniqueId();
  }
}
