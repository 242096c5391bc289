package app.receipts.conversations;

import app.receipts.packet.PacketIds;

/** Slack ids of the conversations feature: its modals, and the buttons that open them. */
public final class ConversationIds {
  /** A button (App Home, the packet DM) that opens the rebuttal modal; its value is ignored. */
  public static final String OPEN_REBUTTAL = PacketIds.OPEN_REBUTTAL;

  /** A button that opens the bonus modal. */
  public static final String OPEN_BONUS = PacketIds.OPEN_BONUS;

  static final String REBUTTAL_MODAL = "conversations-rebuttal-modal";
  static final String BONUS_MODAL = "conversations-bonus-modal";

  private ConversationIds() {}
}
