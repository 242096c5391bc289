package app.receipts.conversations;

/** What the conversation task stores per execution: the request row it builds and delivers. */
record ConversationJob(long requestId) {
  String instanceId() {
    return "conversation-" + requestId;
  }
}
