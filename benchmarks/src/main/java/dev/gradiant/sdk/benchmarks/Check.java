package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.client.ApiException;

/**
 * Fails a benchmark's setup when a client does not read the fixtures right, so that no figure is
 * ever measured on an error path.
 */
final class Check {
  private Check() {}

  static void sameResults(SdkCalls sdk, RawCalls raw, GeneratedCalls generated)
      throws ApiException {
    same(
        "session id", sdk.getSession().id(), raw.getSession().id(), generated.getSession().getId());
    same(
        "booking id",
        sdk.createBooking().id(),
        raw.createBooking().id(),
        generated.createBooking().getId());
    same(
        "page size",
        sdk.listPage().items().size(),
        raw.listPage().size(),
        generated.listPage().getData().size());
    if (!sdk.getSession().id().equals(Fixtures.SESSION_ID)) {
      throw new IllegalStateException("Unexpected session " + sdk.getSession().id());
    }
    if (sdk.listPage().items().size() != Fixtures.PAGE_SIZE) {
      throw new IllegalStateException("Unexpected page size " + sdk.listPage().items().size());
    }
  }

  static void walksEverything(SdkCalls sdk, RawCalls raw, GeneratedCalls generated)
      throws ApiException {
    long walked = sdk.walkAll(session -> {});
    same("sessions walked", walked, raw.walkAll(session -> {}), generated.walkAll(session -> {}));
    if (walked != Fixtures.LIST_TOTAL) {
      throw new IllegalStateException("Walked " + walked + " sessions of " + Fixtures.LIST_TOTAL);
    }
  }

  /**
   * Fails unless the Retrofit peer reads the fixtures to exactly what the SDK returns (both read
   * into the SDK's model records, so whole results are compared, not only ids).
   */
  static void retrofitAgrees(SdkCalls sdk, RetrofitCalls retrofit) {
    same("session", sdk.getSession(), retrofit.getSession());
    same("booking", sdk.createBooking(), retrofit.createBooking());
    same("page", sdk.listPage().items(), retrofit.listPage());
    same("async session", sdk.getSession(), retrofit.getSessionAsync().join());
  }

  /** Fails unless the Retrofit peer walks the whole list, as the SDK's auto-pager does. */
  static void retrofitWalksEverything(SdkCalls sdk, RetrofitCalls retrofit) {
    same("sessions walked", sdk.walkAll(session -> {}), retrofit.walkAll(session -> {}));
  }

  static void tracedAgrees(SdkCalls sdk, SdkCalls traced) {
    same("traced get", sdk.getSession(), traced.getSession());
    same("traced create", sdk.createBooking(), traced.createBooking());
  }

  static void rawAgrees(SdkCalls sdk, RawCalls raw) {
    same("raw get", sdk.getSession(), raw.getSession());
    same("raw create", sdk.createBooking(), raw.createBooking());
  }

  private static void same(String what, Object sdk, Object retrofit) {
    if (!sdk.equals(retrofit)) {
      throw new IllegalStateException(what + " differs: sdk=" + sdk + ", retrofit=" + retrofit);
    }
  }

  private static void same(String what, Object sdk, Object raw, Object generated) {
    if (!sdk.equals(raw) || !sdk.equals(generated)) {
      throw new IllegalStateException(
          what + " differs: sdk=" + sdk + ", raw=" + raw + ", generated=" + generated);
    }
  }
}
