package app.receipts.people;

import java.time.Instant;

/** Someone who has used Receipts in a workspace, with what we know of their Slack timezone. */
public record Person(
    String teamId,
    String userId,
    String tz,
    Integer tzOffset,
    boolean deactivated,
    Instant firstSeenAt,
    Instant tzCheckedAt) {}
