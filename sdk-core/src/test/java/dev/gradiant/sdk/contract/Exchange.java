package dev.gradiant.sdk.contract;

import java.util.List;

/**
 * One request the spec-backed server answered.
 *
 * @param request what was sent (method, path, query, headers, body); prints as {@code GET
 *     /v1/users?limit=5}
 * @param operationId the operation it matched, or {@code null} when none did
 * @param violations what it did that the spec does not allow
 * @param response what the server answered when an operation matched, else {@code null}
 */
record Exchange(
    ContractRequest request,
    String operationId,
    List<String> violations,
    DocumentedResponse response) {}
