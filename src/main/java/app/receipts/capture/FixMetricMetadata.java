package app.receipts.capture;

/**
 * The Fix metric modal's private_metadata: which win, and where to answer: the clicked message's
 * response_url, so the answer redraws it, else an ephemeral in the channel. A modal opened before
 * the response_url was kept has none.
 */
record FixMetricMetadata(Long entryId, String channelId, String responseUrl) {}
