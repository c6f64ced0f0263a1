package dev.gradiant.sdk.webhooks;

/** The webhook signature schemes this module verifies and produces. */
public enum SignatureScheme {
  /**
   * The documented Gradiant scheme: {@code X-Gradiant-Signature} holds the hex HMAC-SHA256 of the
   * raw body, keyed with the UTF-8 bytes of the secret, optionally prefixed {@code sha256=}. It has
   * no timestamp, so nothing in the signature stops a replay: the verifier's {@link SeenEventStore}
   * (on by default) rejects a repeat only while it remembers the delivery.
   */
  GRADIANT,

  /**
   * The Standard Webhooks scheme (standardwebhooks.com): {@code webhook-id}, {@code
   * webhook-timestamp} and {@code webhook-signature: v1,<base64>}, an HMAC-SHA256 of {@code
   * id.timestamp.body} keyed with the base64 part of a {@code whsec_} secret. The signed timestamp
   * bounds replays to the verifier's tolerance.
   */
  STANDARD_WEBHOOKS
}
