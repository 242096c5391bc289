package app.receipts.evidence;

/** Which praise the edit modal changes, and where to confirm it (null: no channel). */
record PraiseEditMetadata(Long entryId, String channelId) {}
