package app.receipts.capture;

/** What the win modal remembers: the entry being edited (null for a new win), where to reply. */
record WinModalMetadata(Long entryId, String channelId) {}
