package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/** What a message carries. Types added by the server later are kept, not rejected. */
public final class MessageType extends ExtensibleEnum {

  /** {@code text}: sent with {@link ConversationsClient#sendMessage}. */
  public static final MessageType TEXT = new MessageType("text");

  /** {@code file}: created by {@link ConversationsClient#uploadFile}, with an attachment. */
  public static final MessageType FILE = new MessageType("file");

  private static final KnownValues<MessageType> KNOWN =
      KnownValues.of(MessageType::new, List.of(TEXT, FILE));

  private MessageType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value, e.g. {@code text}
   * @return the message type
   */
  @JsonCreator
  public static MessageType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
