package app.receipts.capture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of evidence owned by one person in one workspace: a win they logged, or a praise
 * message they kept. Praise-only fields are null for wins.
 */
public record Entry(
    long id,
    String teamId,
    String userId,
    Kind kind,
    Status status,
    String text,
    String impact,
    String metric,
    Competency competency,
    List<String> links,
    LocalDate occurredOn,
    String authorUserId,
    String channelId,
    String messageTs,
    String permalink,
    String savedBy,
    String note,
    Instant createdAt,
    Instant updatedAt) {

  public enum Kind {
    WIN,
    PRAISE
  }

  /** PENDING praise was saved for someone else and waits for them to keep or discard it. */
  public enum Status {
    KEPT,
    PENDING
  }

  public Entry {
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** The same entry as stored under {@code newId}. */
  public Entry withId(long newId) {
    return new Entry(
        newId,
        teamId,
        userId,
        kind,
        status,
        text,
        impact,
        metric,
        competency,
        links,
        occurredOn,
        authorUserId,
        channelId,
        messageTs,
        permalink,
        savedBy,
        note,
        createdAt,
        updatedAt);
  }

  public boolean hasMetric() {
    return metric != null && !metric.isBlank();
  }

  /** A new win, before it is stored (id 0). */
  public static Entry win(
      String teamId,
      String userId,
      String text,
      String impact,
      String metric,
      Competency competency,
      List<String> links,
      LocalDate occurredOn,
      Instant now) {
    return new Entry(
        0,
        teamId,
        userId,
        Kind.WIN,
        Status.KEPT,
        text,
        impact,
        metric,
        competency,
        links,
        occurredOn,
        null,
        null,
        null,
        null,
        null,
        null,
        now,
        now);
  }
}
