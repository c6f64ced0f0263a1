package dev.gradiant.sdk.internal.realtime;

import java.util.concurrent.Flow;

/**
 * The subscription handed to a subscriber of a feed that has already ended, just before its {@code
 * onComplete} or {@code onError}: there is nothing left to request or cancel, so both are no-ops
 * (Reactive Streams rule 3.6).
 */
enum EndedSubscription implements Flow.Subscription {
  INSTANCE;

  @Override
  public void request(long n) {}

  @Override
  public void cancel() {}
}
