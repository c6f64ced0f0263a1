package dev.gradiant.generated.support;

import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Stands in for the contract's {@code ErrorDetails} ({@code anyOf} a validation issue, an array of
 * them, or any object) in the generated client: openapi-generator 7.25.0's okhttp-gson template
 * writes Java that does not compile for that {@code anyOf}, so the pom maps the schema here with
 * {@code schemaMappings}. It keeps the details as a JSON tree, whichever branch they take.
 */
@JsonAdapter(FreeFormJson.Adapter.class)
public final class FreeFormJson {
  private final JsonElement value;

  /**
   * @param value the details as received
   */
  public FreeFormJson(JsonElement value) {
    this.value = value;
  }

  /** {@return the details as received} */
  public JsonElement value() {
    return value;
  }

  /**
   * Called by the generated models' validation; every JSON value is valid details.
   *
   * @param element the details
   */
  public static void validateJsonElement(JsonElement element) {}

  @Override
  public String toString() {
    return String.valueOf(value);
  }

  /** Reads and writes the details as a plain JSON tree. */
  static final class Adapter extends TypeAdapter<FreeFormJson> {
    @Override
    public void write(JsonWriter out, FreeFormJson details) throws IOException {
      Streams.write(details == null ? null : details.value, out);
    }

    @Override
    public FreeFormJson read(JsonReader in) throws IOException {
      return new FreeFormJson(Streams.parse(in));
    }
  }
}
