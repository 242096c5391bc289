package app.receipts.evidence;

import java.time.Instant;

/**
 * A message someone is about to keep, as the shortcut carried it. {@code problem} explains what
 * could not be kept (a bot message, attachments only), or is null.
 */
public record PraiseDraft(
    String id,
    String teamId,
    String saverId,
    String channelId,
    String messageTs,
    String authorUserId,
    String text,
    String problem,
    Instant createdAt) {}
