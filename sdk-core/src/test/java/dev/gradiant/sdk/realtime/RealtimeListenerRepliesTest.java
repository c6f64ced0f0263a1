package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.conversations.Message;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A listener may wait for a future of the feed (a chat bot answers each message with {@code
 * sendMessage(..).join()}): the futures complete on a thread of their own, not on the listeners'
 * thread, which is busy waiting.
 */
class RealtimeListenerRepliesTest {
  private static final String MESSAGE =
      "{\"type\":\"message\",\"channel\":\"conversations:conv_123\",\"seq\":4,\"id\":\"evt_4\","
          + "\"createdAt\":\"2024-01-01T09:05:00Z\",\"data\":{\"id\":\"msg_4\","
          + "\"conversationId\":\"conv_123\",\"senderId\":\"user_456\",\"content\":\"Hi\","
          + "\"messageType\":\"text\",\"createdAt\":\"2024-01-01T09:05:00Z\"}}";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void aListenerThatWaitsForItsReplyToBeAcceptedGetsIt() throws Exception {
    try (GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("replies-token")
            .build()) {
      RealtimeFeed feed = client.realtime();
      CompletableFuture<Message> replied = new CompletableFuture<>();
      feed.addListener(
          event -> {
            if (event instanceof ChatMessage) {
              replied.complete(feed.sendMessage("conv_123", "Hello back").join());
            }
          });
      feed.subscribe(Channel.conversation("conv_123"));
      FeedPeer.Socket socket = peer.nextConnection();
      socket.authenticate();
      socket.acceptSubscribe(3);

      socket.send(MESSAGE);
      JsonNode reply = socket.expect("message");
      socket.send(
          "{\"type\":\"message_accepted\",\"ref\":\""
              + reply.path("ref").asText()
              + "\",\"data\":{\"id\":\"msg_5\",\"conversationId\":\"conv_123\","
              + "\"senderId\":\"user_123\",\"content\":\"Hello back\",\"messageType\":\"text\","
              + "\"createdAt\":\"2024-01-01T09:05:01Z\"}}");

      // fails on main: the acceptance was queued behind the listener that waited for it
      assertThat(replied.get(5, TimeUnit.SECONDS).id()).isEqualTo("msg_5");
    }
  }
}
