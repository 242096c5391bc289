package app.receipts.capture;

/** The Fix metric modal's private_metadata: which win, and where to answer. */
record FixMetricMetadata(Long entryId, String channelId) {}
