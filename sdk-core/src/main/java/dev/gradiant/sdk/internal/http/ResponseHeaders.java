package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.HttpHeaders;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;
import okhttp3.Headers;

/**
 * OkHttp's response headers as the SDK's {@link HttpHeaders}, copied the first time they are read:
 * a call's metadata carries its response's headers exactly, and most callers never look at them.
 * {@link HttpHeaders} makes such headers only through a private factory, reached here by a private
 * lookup (the same module), so that no public method hands out headers that skip its checks.
 */
final class ResponseHeaders {
  private static final MethodHandle READ_ON_FIRST_USE = readOnFirstUse();

  private ResponseHeaders() {}

  /**
   * @param headers a response's headers, immutable
   * @return the same headers, copied from {@code headers} when first asked for
   */
  static HttpHeaders of(Headers headers) {
    Supplier<String[]> source = () -> namesAndValues(headers);
    try {
      return (HttpHeaders) READ_ON_FIRST_USE.invokeExact(source);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("HttpHeaders.readOnFirstUse failed", e);
    }
  }

  /** {@return OkHttp's names and values in turn, in the same order} */
  static String[] namesAndValues(Headers headers) {
    int size = headers.size();
    String[] namesAndValues = new String[size * 2];
    for (int i = 0; i < size; i++) {
      namesAndValues[2 * i] = headers.name(i);
      namesAndValues[2 * i + 1] = headers.value(i);
    }
    return namesAndValues;
  }

  private static MethodHandle readOnFirstUse() {
    try {
      return MethodHandles.privateLookupIn(HttpHeaders.class, MethodHandles.lookup())
          .findStatic(
              HttpHeaders.class,
              "readOnFirstUse",
              MethodType.methodType(HttpHeaders.class, Supplier.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
