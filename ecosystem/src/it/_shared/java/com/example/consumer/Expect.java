package com.example.consumer;

import java.util.Objects;

/** A failed expectation of the consumer app: thrown, it ends the app with exit status 1. */
final class Expect {
  private Expect() {}

  static void that(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }

  static void equal(Object expected, Object actual, String what) {
    that(
        Objects.equals(expected, actual),
        what + ": expected <" + expected + "> but was <" + actual + ">");
  }
}
