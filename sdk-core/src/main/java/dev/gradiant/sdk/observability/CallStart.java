package dev.gradiant.sdk.observability;

/** A call is starting: its request is made and about to be sent. */
public interface CallStart {

  /** {@return the call} */
  CallContext call();
}
