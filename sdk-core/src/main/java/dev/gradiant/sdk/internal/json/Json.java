package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;

/**
 * The one configured Jackson mapper of the SDK: java.time types as ISO-8601 strings (timestamps
 * read by {@link TimestampDeserializer}), field names as written on the models (camelCase), unknown
 * fields tolerated, a {@code null} value read as an absent one, nulls left out of request bodies,
 * {@code BigDecimal} written exactly, and no source excerpts in parse errors (they could hold
 * personal data).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(timestamps()) // after JavaTimeModule, so consulted first for Instant
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          // a JSON null is an absent value: the models' builders reject null arguments
          .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
          .build();

  private Json() {}

  /**
   * {@return the module that reads {@link Instant}s with {@link TimestampDeserializer}; register it
   * after {@link JavaTimeModule}} The benchmarks give it to a hand-written baseline, to show what
   * the SDK costs beyond it.
   */
  public static Module timestamps() {
    return new SimpleModule("gradiant-timestamps")
        .addDeserializer(Instant.class, new TimestampDeserializer());
  }

  /** The shared mapper; thread-safe once configured, and never reconfigured. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A reader for {@code {"data": T, "meta": {...}}}. */
  public static ObjectReader envelopeReader(Class<?> dataType) {
    return MAPPER.readerFor(envelopeOf(MAPPER.constructType(dataType)));
  }

  /** A reader for {@code {"data": [T, ...], "meta": {..., "total", "limit", "offset"}}}. */
  public static ObjectReader listEnvelopeReader(Class<?> itemType) {
    return MAPPER.readerFor(
        envelopeOf(MAPPER.getTypeFactory().constructCollectionType(List.class, itemType)));
  }

  private static JavaType envelopeOf(JavaType data) {
    return MAPPER.getTypeFactory().constructParametricType(Envelope.class, data);
  }
}
