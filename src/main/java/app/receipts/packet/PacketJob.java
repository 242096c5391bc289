package app.receipts.packet;

/**
 * What the packet task stores per execution: the request row, the period's file-name slug (the row
 * has only its dates), and where to answer without DM.
 */
record PacketJob(long requestId, String slug, String responseUrl) {
  String instanceId() {
    return instanceId(requestId);
  }

  static String instanceId(long requestId) {
    return "packet-" + requestId;
  }
}
