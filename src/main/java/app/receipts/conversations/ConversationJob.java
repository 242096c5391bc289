package app.receipts.conversations;

/**
 * What the conversation task stores per execution: the request row it builds and delivers, and
 * where to tell the person when their DM cannot be reached: the response_url of the command or
 * button that opened the modal (either may be null), else the modal they submitted ({@code viewId},
 * still open while the job starts). Jobs stored before these existed read them as null.
 */
record ConversationJob(long requestId, String responseUrl, String viewId) {
  String instanceId() {
    return instanceId(requestId);
  }

  static String instanceId(long requestId) {
    return "conversation-" + requestId;
  }
}
