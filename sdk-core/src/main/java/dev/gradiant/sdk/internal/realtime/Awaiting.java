package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.Channel;
import java.util.concurrent.CompletableFuture;

/** A request of the feed waiting for its reply, by {@code ref}. */
sealed interface Awaiting {

  /** A {@code subscribe}: answered by {@code subscribed}, {@code resync_required} or an error. */
  record Subscription(Channel channel) implements Awaiting {}

  /** An {@code unsubscribe}: answered by {@code unsubscribed} or an error. */
  record Unsubscription(Channel channel, CompletableFuture<Void> done) implements Awaiting {}

  /**
   * A chat {@code message}: answered by {@code message_accepted} or an error; sent again, with the
   * same {@code ref} and idempotency key, after every reconnect until answered.
   */
  record ChatSend(String frame, CompletableFuture<dev.gradiant.sdk.conversations.Message> done)
      implements Awaiting {}
}
