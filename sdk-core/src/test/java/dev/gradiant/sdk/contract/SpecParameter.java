package dev.gradiant.sdk.contract;

/**
 * A parameter of an operation.
 *
 * @param name e.g. {@code limit}
 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
 * @param required whether the request must carry it
 * @param schemaPointer JSON pointer to its schema, for {@link SchemaValidator}
 */
record SpecParameter(String name, String in, boolean required, String schemaPointer) {}
