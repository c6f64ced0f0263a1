package dev.gradiant.sdk.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money in major units ({@code 75} is 75.00 USD): never a {@code double}.
 *
 * <p>A closed value type: an amount and a currency are all money is, so it stays a record and will
 * gain no fields. (The SDK's other models are final classes built by their builders, so that they
 * can gain fields without breaking callers.)
 *
 * @param amount the amount, exact
 * @param currency the ISO 4217 code, e.g. {@code USD}
 */
public record Money(BigDecimal amount, String currency) {

  /**
   * Requires both parts.
   *
   * @param amount the amount, exact
   * @param currency the ISO 4217 code, e.g. {@code USD}
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}
