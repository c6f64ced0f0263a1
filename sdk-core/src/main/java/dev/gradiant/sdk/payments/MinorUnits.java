package dev.gradiant.sdk.payments;

import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * The conversion between {@link Money} (major units, as the rest of the SDK holds amounts) and the
 * integer minor units a payment carries on the wire ({@code 7500} is 75.00 USD), by the currency's
 * ISO 4217 exponent ({@link Currency#getDefaultFractionDigits()}: USD 2, JPY 0, BHD 3).
 *
 * <p>A currency without a minor unit in ISO 4217 (exponent {@code -1}: gold {@code XAU}, special
 * drawing rights {@code XDR}, the test code {@code XTS}, no currency {@code XXX}) is refused, as is
 * a code the JDK does not know: no payment is taken in them, and no exponent is known to convert
 * them by. So is a currency outside the contract's closed list ({@code PaymentCurrency}): the
 * server would answer {@code 422}. Only the code and the bounds appear in messages, which are safe
 * to log.
 */
final class MinorUnits {
  /** The largest amount the contract allows: 2^53 - 1, held exactly by every JSON parser. */
  static final long MAX = (1L << 53) - 1;

  /** The contract's {@code PaymentCurrency} list: the currencies payments are taken in. */
  static final Set<String> CURRENCIES =
      Set.of(
          "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
          "RON", "SGD", "HKD", "INR", "BRL", "MXN", "ZAR", "AED", "SAR", "ILS", "THB", "MYR", "PHP",
          "JPY", "KRW", "CLP", "ISK", "VND", "BHD", "KWD", "OMR", "JOD", "TND");

  private MinorUnits() {}

  /**
   * The minor units of {@code money}, checked as the contract requires.
   *
   * @param field the argument's name for messages ({@code amount})
   * @param money the amount in major units
   * @return the amount in minor units, 1 to {@link #MAX}
   * @throws IllegalArgumentException naming {@code field} if the currency is unknown or has no
   *     minor unit, the amount has more decimals than the currency, is not positive, or is above
   *     {@link #MAX} minor units
   */
  static long of(String field, Money money) {
    Objects.requireNonNull(money, field + " must not be null");
    int exponent = exponent(field + ".currency", money.currency());
    BigDecimal amount = money.amount();
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException(
          field + " must be positive, got " + amount.toPlainString());
    }
    BigDecimal minor = amount.movePointRight(exponent).stripTrailingZeros();
    if (minor.scale() > 0) {
      throw new IllegalArgumentException(
          field
              + " has more decimals than "
              + money.currency()
              + " allows ("
              + exponent
              + "), got "
              + amount.toPlainString());
    }
    if (minor.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      throw new IllegalArgumentException(
          field
              + " is above the largest amount the API takes ("
              + MAX
              + " minor units of "
              + money.currency()
              + "), got "
              + amount.toPlainString());
    }
    return minor.longValueExact();
  }

  /**
   * The money an answer's minor units stand for, exactly ({@code 7500} USD is {@code 75.00}).
   *
   * @param minor the amount in minor units
   * @param currency the ISO 4217 code
   * @return the amount in major units, with the currency's number of decimals
   * @throws IllegalArgumentException if the currency is unknown or has no minor unit
   */
  static Money toMoney(long minor, String currency) {
    int exponent = exponent("currency", currency);
    return new Money(BigDecimal.valueOf(minor, exponent), currency);
  }

  /**
   * The ISO 4217 exponent of a currency with a minor unit.
   *
   * @param field the field's name for messages
   * @param currency the code
   * @return 0 or more
   * @throws IllegalArgumentException naming {@code field} for an unknown code or one without a
   *     minor unit
   */
  static int exponent(String field, String currency) {
    Objects.requireNonNull(currency, field + " must not be null");
    Currency known;
    try {
      known = currency.matches("[A-Z]{3}") ? Currency.getInstance(currency) : null;
    } catch (IllegalArgumentException e) {
      known = null;
    }
    if (known == null) {
      throw new IllegalArgumentException(
          field + " must be an ISO 4217 currency code (USD), got " + printable(currency));
    }
    int exponent = known.getDefaultFractionDigits();
    if (exponent < 0) {
      throw new IllegalArgumentException(
          field + " must be a currency with a minor unit; " + currency + " has none");
    }
    if (!CURRENCIES.contains(currency)) {
      throw new IllegalArgumentException(
          field
              + " must be a currency the API takes payments in (PaymentCurrency), got "
              + currency);
    }
    return exponent;
  }

  /** The code, or a note that it is not one, so that a message never carries arbitrary text. */
  private static String printable(String currency) {
    return currency.matches("[A-Za-z]{1,8}")
        ? currency
        : "a value of " + currency.length() + " chars";
  }
}
