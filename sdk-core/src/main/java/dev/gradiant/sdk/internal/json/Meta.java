package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The {@code meta} object of an envelope. {@code total}, {@code limit} and {@code offset} are
 * present on lists only.
 *
 * @param requestId the server's id for the request
 * @param timestamp when the server answered (ISO-8601, kept as text: a malformed value must not
 *     fail a call)
 * @param total how many items the whole list holds
 * @param limit the page size the server applied
 * @param offset the index of the first item of this page
 */
public record Meta(
    @JsonAlias("request_id") String requestId,
    String timestamp,
    Long total,
    Integer limit,
    Integer offset) {}
