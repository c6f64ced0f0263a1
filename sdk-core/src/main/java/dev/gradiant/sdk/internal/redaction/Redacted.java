package dev.gradiant.sdk.internal.redaction;

/** How personal values appear in {@code toString()}: present or absent, never their content. */
public final class Redacted {
  private Redacted() {}

  /** {@code ****} when set, {@code null} when not. */
  public static String of(Object value) {
    return value == null ? "null" : "****";
  }
}
