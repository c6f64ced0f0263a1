package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiveScheduleTest {
  private static final String DONE =
      "LiveSchedule done: 2 updates, 1 reconnect, 0 missed, 0 duplicates.";

  @Test
  void seesBothBookingsOnceAcrossADroppedConnection() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      LiveSchedule.run(out);
    }

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .containsPattern(
            "Using the embedded sandbox: REST at http://127\\.0\\.0\\.1:(\\d+)/v1, live feed on the"
                + " same port at ws://127\\.0\\.0\\.1:\\1/v1/realtime\\.")
        .contains("1. subscribed to bookings:user_demo at seq 0")
        .containsPattern(
            "2\\. booked (booking_[0-9a-f]{12}) through REST\\R   live: seq 1 booking\\.created \\1 \\(pending\\)")
        .contains("3. the sandbox dropped the connection (NETWORK): the feed reconnects")
        .containsPattern(
            "4\\. booked (booking_[0-9a-f]{12}) through REST meanwhile\\R5\\. reconnected and resumed:"
                + " seq 2 booking\\.created \\1 \\(pending\\)")
        .endsWith(DONE + System.lineSeparator());
  }
}
