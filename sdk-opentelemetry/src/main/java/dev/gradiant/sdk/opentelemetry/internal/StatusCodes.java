package dev.gradiant.sdk.opentelemetry.internal;

/**
 * HTTP status codes as span attributes take them, made once: {@code http.response.status_code} as a
 * boxed {@code Long} ({@code Long.valueOf} caches only up to 127) and {@code error.type} as its
 * text ({@code "503"}), so that recording a status allocates nothing.
 */
final class StatusCodes {
  private static final int FIRST = 100;
  private static final int LAST = 599;
  private static final Long[] BOXED = new Long[LAST - FIRST + 1];
  private static final String[] TEXT = new String[LAST - FIRST + 1];

  static {
    for (int status = FIRST; status <= LAST; status++) {
      BOXED[status - FIRST] = (long) status;
      TEXT[status - FIRST] = Integer.toString(status);
    }
  }

  private StatusCodes() {}

  /** {@return {@code status} as a {@code Long}, the same instance each time for 100 to 599} */
  static Long boxed(int status) {
    return status >= FIRST && status <= LAST ? BOXED[status - FIRST] : Long.valueOf(status);
  }

  /** {@return {@code status} as text, the same instance each time for 100 to 599} */
  static String text(int status) {
    return status >= FIRST && status <= LAST ? TEXT[status - FIRST] : Integer.toString(status);
  }
}
