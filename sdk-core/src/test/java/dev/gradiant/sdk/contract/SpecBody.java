package dev.gradiant.sdk.contract;

import java.util.Map;

/**
 * The request body an operation declares.
 *
 * @param required whether a body must be sent
 * @param schemaPointers JSON pointer to the schema of each accepted media type
 */
record SpecBody(boolean required, Map<String, String> schemaPointers) {}
