package dev.gradiant.sdk.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The GraphQL documents the SDK's tests send, read from {@code
 * sdk-testing/src/test/resources/graphql/}, where {@code GraphqlSchemaTest} checks every one of
 * them against {@code openapi/gradiant.graphql}: a test never sends a document the schema has not
 * seen.
 */
public final class GraphqlDocuments {
  private static final Path ROOT = findRoot();

  private GraphqlDocuments() {}

  /**
   * @param name the file under {@code graphql/}, e.g. {@code doc004/GetUserProfile.graphql}
   * @return its text
   */
  public static String read(String name) {
    try {
      return Files.readString(ROOT.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path root = dir.resolve("sdk-testing/src/test/resources/graphql");
      if (Files.isDirectory(root)) {
        return root;
      }
    }
    throw new IllegalStateException("sdk-testing/src/test/resources/graphql not found");
  }
}
