package dev.gradiant.sdk.internal.json;

/**
 * The success envelope of the Gradiant API: {@code {"data": ..., "meta": {...}}}.
 *
 * @param data the resource, or the array of resources of a list
 * @param meta request id, timestamp and, for lists, the paging counters
 * @param <T> the type of {@code data}
 */
public record Envelope<T>(T data, Meta meta) {}
