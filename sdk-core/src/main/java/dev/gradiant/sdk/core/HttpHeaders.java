package dev.gradiant.sdk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The headers of a response, immutable, in the order the server sent them. Names are looked up
 * case-insensitively; a name may carry several values.
 *
 * <p>{@link #toString()} shows the values of {@code Authorization}, {@code Proxy-Authorization},
 * {@code X-API-Key}, {@code Cookie} and {@code Set-Cookie} as {@code ****}, so that a logged
 * response or exception does not leak a session or a credential. The accessors return them as sent.
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(new String[0]);
  private static final Set<String> REDACTED =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");

  /**
   * Name, value, name, value, ... in the order received; {@code null} until {@link #source} has
   * been read.
   */
  private volatile String[] namesAndValues;

  /** Where the names and values come from on first use; {@code null} for headers given whole. */
  private final Supplier<String[]> source;

  private HttpHeaders(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
    this.source = null;
  }

  private HttpHeaders(Supplier<String[]> source) {
    this.source = source;
  }

  /**
   * Headers read from {@code source} the first time any of them is asked for: the SDK's response
   * metadata, which most callers never look at, takes the transport's headers without copying them.
   * Reached only by the SDK's own response reader, through a private lookup; not an API.
   *
   * @param source returns the names and values in turn, none null, as a new array it hands over;
   *     the same ones each time (it may be asked more than once by threads reading at once)
   * @return the headers
   */
  private static HttpHeaders readOnFirstUse(Supplier<String[]> source) {
    return new HttpHeaders(Objects.requireNonNull(source, "source"));
  }

  /** {@return the names and values, read from the source on first use} */
  private String[] pairs() {
    String[] pairs = namesAndValues;
    if (pairs == null) {
      pairs = source.get();
      namesAndValues = pairs;
    }
    return pairs;
  }

  /**
   * Headers from names and values given in turn: {@code of("Content-Type", "application/json",
   * "X-Request-ID", "req_123")}.
   *
   * @param namesAndValues name, value, name, value, ...
   * @return the headers, in that order
   * @throws IllegalArgumentException if a name lacks its value
   * @throws NullPointerException if a name or value is null
   */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length == 0) {
      return EMPTY;
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Expected names and values in pairs");
    }
    String[] copy = namesAndValues.clone();
    for (int i = 0; i < copy.length; i++) {
      Objects.requireNonNull(copy[i], i % 2 == 0 ? "header name" : "header value");
    }
    return new HttpHeaders(copy);
  }

  /**
   * Headers from a map of names to their values, in the map's order.
   *
   * @param headers each name with its values
   * @return the headers
   * @throws NullPointerException if a name, a list of values or a value is null
   */
  public static HttpHeaders of(Map<String, ? extends List<String>> headers) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
      String name = Objects.requireNonNull(header.getKey(), "header name");
      for (String value : Objects.requireNonNull(header.getValue(), "header values")) {
        pairs.add(name);
        pairs.add(Objects.requireNonNull(value, "header value"));
      }
    }
    return pairs.isEmpty() ? EMPTY : new HttpHeaders(pairs.toArray(new String[0]));
  }

  /**
   * @param name the header name, in any case
   * @return its first value, or empty when the response has none
   */
  public Optional<String> first(String name) {
    String[] namesAndValues = pairs();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (name.equalsIgnoreCase(namesAndValues[i])) {
        return Optional.of(namesAndValues[i + 1]);
      }
    }
    return Optional.empty();
  }

  /**
   * @param name the header name, in any case
   * @return its last value, or empty when the response has none
   */
  public Optional<String> last(String name) {
    String[] namesAndValues = pairs();
    for (int i = namesAndValues.length - 2; i >= 0; i -= 2) {
      if (name.equalsIgnoreCase(namesAndValues[i])) {
        return Optional.of(namesAndValues[i + 1]);
      }
    }
    return Optional.empty();
  }

  /**
   * @param name the header name, in any case
   * @return its values in the order received; empty when the response has none
   */
  public List<String> all(String name) {
    String[] namesAndValues = pairs();
    List<String> values = new ArrayList<>(2);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (name.equalsIgnoreCase(namesAndValues[i])) {
        values.add(namesAndValues[i + 1]);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * {@return the header names, each once (as first spelled), ordered case-insensitively; lookups in
   * the set ignore case}
   */
  public Set<String> names() {
    String[] namesAndValues = pairs();
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      names.add(namesAndValues[i]);
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * {@return every name (as first spelled) with its values in the order received, ordered
   * case-insensitively by name; lookups in the map ignore case}
   */
  public Map<String, List<String>> toMap() {
    String[] namesAndValues = pairs();
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>(2)).add(namesAndValues[i + 1]);
    }
    map.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Headers are equal when they hold the same names (ignoring case) and values in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} holds the same headers
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof HttpHeaders that)) {
      return false;
    }
    String[] namesAndValues = pairs();
    String[] theirs = that.pairs();
    if (theirs.length != namesAndValues.length) {
      return false;
    }
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].equalsIgnoreCase(theirs[i])
          || !namesAndValues[i + 1].equals(theirs[i + 1])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    String[] namesAndValues = pairs();
    String[] folded = namesAndValues.clone();
    for (int i = 0; i < folded.length; i += 2) {
      folded[i] = folded[i].toLowerCase(Locale.ROOT);
    }
    return Arrays.hashCode(folded);
  }

  /**
   * {@return the headers in the order received, e.g. {@code HttpHeaders[Content-Type:
   * application/json, Set-Cookie: ****]}, with the values of credential and cookie headers
   * redacted}
   */
  @Override
  public String toString() {
    String[] namesAndValues = pairs();
    StringBuilder text = new StringBuilder("HttpHeaders[");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = namesAndValues[i];
      text.append(i == 0 ? "" : ", ")
          .append(name)
          .append(": ")
          .append(
              REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "****" : namesAndValues[i + 1]);
    }
    return text.append(']').toString();
  }
}
