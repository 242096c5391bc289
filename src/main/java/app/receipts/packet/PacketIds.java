package app.receipts.packet;

/** Slack action ids of the packet feature. */
public final class PacketIds {
  public static final String RETRY_BUTTON = "packet-retry";

  private PacketIds() {}

  /** The key that makes one Slack request build one packet; null without a Slack id. */
  public static String requestKey(String kind, String slackId) {
    return slackId == null || slackId.isBlank() ? null : kind + ":" + slackId;
  }
}
