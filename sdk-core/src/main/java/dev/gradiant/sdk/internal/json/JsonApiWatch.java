package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Binds an envelope straight from its bytes while watching for the sign of the JSON:API form: a
 * member named {@code attributes} where the model being read has no such field. A resource object
 * ({@link JsonApiResource}) always has one, and no model does, so a body in the contract's envelope
 * binds in one pass with nothing scanned beforehand; the first such member stops the binding at
 * once, and the caller reads the body the slow way ({@link JsonApiDocument}).
 *
 * <p>This relies on every model reporting the members it does not know, which Jackson does unless a
 * model ignores them wholesale ({@code @JsonIgnoreProperties(ignoreUnknown = true)}, an any-setter)
 * or has an {@code attributes} field of its own: no model of the SDK does.
 */
public final class JsonApiWatch {
  private static final String ATTRIBUTES = "attributes";

  /** Enough for every reader the SDK makes; past it, a watching reader is made for each call. */
  private static final int MAX_CACHED = 256;

  /**
   * How deep in a chain of causes the stop is looked for: Jackson wraps it once, then adds to that.
   */
  private static final int MAX_CAUSES = 64;

  private static final ConcurrentMap<ObjectReader, ObjectReader> WATCHING =
      new ConcurrentHashMap<>();

  private static final DeserializationProblemHandler STOP_AT_ATTRIBUTES =
      new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName) {
          if (ATTRIBUTES.equals(propertyName)) {
            throw new Stopped();
          }
          return false; // left to the mapper, which skips it
        }
      };

  private JsonApiWatch() {}

  /**
   * {@return {@code reader}, stopping at the first member named {@code attributes} that the type it
   * reads into does not know} The watching reader is made once per reader.
   *
   * @param reader a reader for {@code Envelope<T>} or {@code Envelope<List<T>>}
   */
  public static ObjectReader watching(ObjectReader reader) {
    ObjectReader watching = WATCHING.get(reader);
    if (watching != null) {
      return watching;
    }
    watching = reader.withHandler(STOP_AT_ATTRIBUTES);
    if (WATCHING.size() < MAX_CACHED) {
      WATCHING.putIfAbsent(reader, watching);
    }
    return watching;
  }

  /**
   * {@return whether {@code failure}, thrown by a {@linkplain #watching watching} reader, is the
   * watch stopping it, rather than the body failing to bind}
   *
   * @param failure what the reader threw; Jackson may have wrapped the stop, with the path to it
   */
  public static boolean stopped(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof Stopped) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  /** Thrown to stop a binding; made only on that path, without a stack trace. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("a member named \"attributes\" the model does not know", null, false, false);
    }
  }
}
