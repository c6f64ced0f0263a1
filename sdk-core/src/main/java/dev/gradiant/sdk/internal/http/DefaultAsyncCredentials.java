package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.Credentials;

/**
 * Tells whether credentials keep {@link Credentials#authHeadersAsync()} as the interface writes it
 * (a completed future of {@link Credentials#authHeaders()}), checked once per client.
 */
final class DefaultAsyncCredentials {
  private DefaultAsyncCredentials() {}

  /**
   * {@return whether neither {@code credentials}' class nor an interface between it and {@code
   * Credentials} declares its own {@code authHeadersAsync()}} False when that cannot be told.
   */
  static boolean keepsDefault(Credentials credentials) {
    try {
      return credentials.getClass().getMethod("authHeadersAsync").getDeclaringClass()
          == Credentials.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return false;
    }
  }
}
