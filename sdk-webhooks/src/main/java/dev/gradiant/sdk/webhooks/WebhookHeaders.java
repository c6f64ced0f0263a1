package dev.gradiant.sdk.webhooks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP headers of a webhook delivery, looked up case-insensitively.
 *
 * <p>Wrap whatever your server gives you: {@link #of(Map)} for single values, {@link #ofLists(Map)}
 * for multi-valued maps (the JDK's {@code HttpServer} {@code Headers}, Spring's {@code
 * HttpHeaders}), {@link #lookup(Function)} for a getter such as {@code
 * HttpServletRequest::getHeader}. The map forms take a snapshot; instances are immutable.
 */
public final class WebhookHeaders {
  /** The Gradiant scheme's signature header. */
  public static final String GRADIANT_SIGNATURE = "X-Gradiant-Signature";

  /** The Standard Webhooks message id header; the same on every retry of a message. */
  public static final String WEBHOOK_ID = "webhook-id";

  /** The Standard Webhooks timestamp header, in seconds since the epoch. */
  public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";

  /** The Standard Webhooks signature header: space-separated {@code v1,<base64>} entries. */
  public static final String WEBHOOK_SIGNATURE = "webhook-signature";

  private static final String GRADIANT_SIGNATURE_LOWER =
      GRADIANT_SIGNATURE.toLowerCase(Locale.ROOT);

  private final Function<String, String> lookup;

  /** Computed by {@link #toString()} only: a verification never needs it. */
  private final Supplier<String> description;

  private WebhookHeaders(Function<String, String> lookup, Supplier<String> description) {
    this.lookup = lookup;
    this.description = description;
  }

  /**
   * Wraps single-valued headers.
   *
   * @param headers header names to values; names in any case, null names or values ignored
   * @return the headers
   * @throws NullPointerException if {@code headers} is null
   */
  public static WebhookHeaders of(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers must not be null");
    Map<String, String> byName = new HashMap<>();
    headers.forEach((name, value) -> add(byName, name, value));
    return snapshot(byName);
  }

  /**
   * Wraps multi-valued headers. The values of a repeated header are joined with a space, which is
   * how repeated {@code webhook-signature} headers become one list of signatures.
   *
   * @param headers header names to their values; names in any case, nulls ignored
   * @return the headers
   * @throws NullPointerException if {@code headers} is null
   */
  public static WebhookHeaders ofLists(Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(headers, "headers must not be null");
    Map<String, String> byName = new HashMap<>();
    headers.forEach(
        (name, values) -> {
          if (values != null) {
            values.forEach(value -> add(byName, name, value));
          }
        });
    return snapshot(byName);
  }

  /**
   * Wraps a header getter, which is asked for each name as this library spells it ({@code
   * X-Gradiant-Signature}, {@code webhook-id}) and then in lower case. It should itself be
   * case-insensitive, as {@code HttpServletRequest.getHeader} is, and return null for an absent
   * header.
   *
   * @param lookup a header name to its value, or null
   * @return the headers
   * @throws NullPointerException if {@code lookup} is null
   */
  public static WebhookHeaders lookup(Function<String, String> lookup) {
    Objects.requireNonNull(lookup, "lookup must not be null");
    return new WebhookHeaders(
        name -> {
          String value = lookup.apply(name);
          return value != null ? value : lookup.apply(name.toLowerCase(Locale.ROOT));
        },
        () -> "WebhookHeaders[lookup]");
  }

  /**
   * The value of a header, ignoring the case of its name.
   *
   * @param name the header name
   * @return the value, or empty if the header is absent or blank
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<String> value(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return Optional.ofNullable(lookup.apply(name)).filter(value -> !value.isBlank());
  }

  /** Lists the header names only: values are never printed. */
  @Override
  public String toString() {
    return description.get();
  }

  private static void add(Map<String, String> byName, String name, String value) {
    if (name != null && value != null) {
      byName.merge(lowerCase(name), value, (a, b) -> a + " " + b);
    }
  }

  /**
   * The lower-case form of a header name; the library's own mixed-case name, asked for on every
   * verification, is not lowered anew each time.
   */
  private static String lowerCase(String name) {
    return name.equals(GRADIANT_SIGNATURE)
        ? GRADIANT_SIGNATURE_LOWER
        : name.toLowerCase(Locale.ROOT);
  }

  private static WebhookHeaders snapshot(Map<String, String> byName) {
    Map<String, String> copy = Map.copyOf(byName);
    return new WebhookHeaders(
        name -> copy.get(lowerCase(name)),
        () -> "WebhookHeaders" + copy.keySet().stream().sorted().toList());
  }
}
