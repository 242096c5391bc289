package app.receipts.packet;

/** Slack action ids of the packet feature. */
public final class PacketIds {
  public static final String RETRY_BUTTON = "packet-retry";

  /** On the packet DM: opens the rebuttal modal (the conversations feature answers it). */
  public static final String OPEN_REBUTTAL = "conversations-open-rebuttal";

  /** On the packet DM: opens the bonus modal (the conversations feature answers it). */
  public static final String OPEN_BONUS = "conversations-open-bonus";

  private PacketIds() {}

  /** The key that makes one Slack request build one packet; null without a Slack id. */
  public static String requestKey(String kind, String slackId) {
    return slackId == null || slackId.isBlank() ? null : kind + ":" + slackId;
  }
}
