package dev.gradiant.sdk.internal.validation;

/** The API's paging bounds: {@code limit} 1 to 100, {@code offset} 0 or more. */
public final class Paging {
  /** The largest page the API serves. */
  public static final int MAX_LIMIT = 100;

  private Paging() {}

  /** Returns {@code limit} if null or within 1..100. */
  public static Integer limit(Integer limit) {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  /** Returns {@code offset} if null or not negative. */
  public static Integer offset(Integer offset) {
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    return offset;
  }
}
