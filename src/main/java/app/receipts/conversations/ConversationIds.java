package app.receipts.conversations;

/** Slack ids of the conversations feature: its modals, and the buttons that open them. */
public final class ConversationIds {
  /** A button (App Home, the packet DM) that opens the rebuttal modal; its value is ignored. */
  public static final String OPEN_REBUTTAL = "conversations-open-rebuttal";

  /** A button that opens the bonus modal. */
  public static final String OPEN_BONUS = "conversations-open-bonus";

  static final String REBUTTAL_MODAL = "conversations-rebuttal-modal";
  static final String BONUS_MODAL = "conversations-bonus-modal";

  private ConversationIds() {}
}
