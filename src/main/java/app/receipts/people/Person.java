package app.receipts.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Someone who has used Receipts in a workspace, with what we know of their Slack timezone. */
public record Person(
    String teamId,
    String userId,
    String tz,
    Integer tzOffset,
    boolean deactivated,
    Instant firstSeenAt,
    Instant tzCheckedAt) {

  /** Their timezone as Slack last gave it, or UTC when it never has. */
  ZoneId zone() {
    return zone(tz, tzOffset);
  }

  /** A zone from Slack's tz and tz_offset: the id when this JVM knows it, else the offset. */
  static ZoneId zone(String tz, Integer tzOffset) {
    if (tz != null) {
      try {
        return ZoneId.of(tz);
      } catch (DateTimeException ignored) {
        // an id this JVM does not know: fall back to the offset Slack sent alongside it
      }
    }
    return tzOffset == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(tzOffset);
  }
}
