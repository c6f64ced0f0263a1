package dev.gradiant.sdk.webhooks.internal;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, safe to share between threads.
 *
 * <p>The key is set up once. A call takes the one spare initialised {@link Mac}, or, while another
 * thread holds it, a clone of an initialised prototype (a fresh {@code Mac} if the provider cannot
 * clone); after {@code doFinal}, which resets it, the {@code Mac} is left as the spare. So no
 * {@code Mac} is ever used by two threads at once, one thread verifying in a loop reuses one {@code
 * Mac} instead of copying the prototype's digest state every time, and no thread-local outlives a
 * redeployment.
 */
public final class HmacSha256 {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;
  private final boolean cloneable;
  private final AtomicReference<Mac> spare = new AtomicReference<>();

  /**
   * Prepares the key.
   *
   * @param key the raw key bytes; copied
   */
  public HmacSha256(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.prototype = newMac(this.key);
    this.cloneable = canClone(prototype);
  }

  /**
   * Computes the MAC of the concatenation of {@code parts}, without copying them together.
   *
   * @param parts the message, in pieces
   * @return the 32-byte MAC
   */
  public byte[] compute(byte[]... parts) {
    Mac mac = spare.getAndSet(null);
    if (mac == null) {
      mac = cloneable ? cloneOf(prototype) : newMac(key);
    }
    for (byte[] part : parts) {
      mac.update(part);
    }
    byte[] result = mac.doFinal();
    spare.set(mac);
    return result;
  }

  @Override
  public String toString() {
    return "HmacSha256[key=<redacted>]";
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime ships HmacSHA256; reaching this means a broken JCA setup.
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static boolean canClone(Mac mac) {
    try {
      mac.clone();
      return true;
    } catch (CloneNotSupportedException e) {
      return false;
    }
  }

  private static Mac cloneOf(Mac mac) {
    try {
      return (Mac) mac.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("Mac clone failed after succeeding once", e);
    }
  }
}
