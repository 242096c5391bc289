package app.receipts.packet;

/** Slack action ids of the packet feature. */
public final class PacketIds {
  public static final String RETRY_BUTTON = "packet-retry";

  private PacketIds() {}
}
