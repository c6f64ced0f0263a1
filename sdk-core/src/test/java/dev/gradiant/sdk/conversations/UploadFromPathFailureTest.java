package dev.gradiant.sdk.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.ClientFailureException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be opened when its upload is sent fails the call, and nothing of its path (a
 * file's name is personal data: a patient's report) is in the exception or any of its causes.
 */
class UploadFromPathFailureTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @TempDir Path dir;

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void aFileGoneBeforeItIsSentFailsWithTheFailuresKindButNoPartOfItsPath() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("Jane Roe oncology"));
    Path file =
        Files.write(
            folder.resolve("jane-roe-biopsy-result.pdf"),
            "%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII));
    FileUploadParams params = FileUploadParams.builder().file(file).build();
    Files.delete(file);

    ClientFailureException e =
        catchThrowableOfType(
            ClientFailureException.class,
            () -> client.conversations().uploadFile("conv_123", params));

    List<String> texts = new ArrayList<>();
    for (Throwable t = e; t != null && texts.size() < 64; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        texts.add(suppressed.toString());
      }
    }
    assertThat(String.join("\n", texts)).contains("java.nio.file.NoSuchFileException");
    for (Path part : file) {
      assertThat(texts).as("messages naming %s", part).noneMatch(t -> t.contains(part.toString()));
    }
    assertThat(texts).noneMatch(t -> t.contains("Jane") || t.contains("biopsy"));
  }
}
