package app.receipts.capture;

import java.time.Instant;
import java.time.LocalDate;

/** The column view of an {@link Entry}, for binding into SQL. */
public record StoredEntry(Entry entry) {
  static final String LINK_SEPARATOR = "\n";

  public long id() {
    return entry.id();
  }

  public String teamId() {
    return entry.teamId();
  }

  public String userId() {
    return entry.userId();
  }

  public String kindName() {
    return entry.kind().name();
  }

  public String statusName() {
    return entry.status().name();
  }

  public String text() {
    return entry.text();
  }

  public String impact() {
    return entry.impact();
  }

  public String metric() {
    return entry.metric();
  }

  public String competencyId() {
    return entry.competency().id();
  }

  public String linksText() {
    return String.join(LINK_SEPARATOR, entry.links());
  }

  public LocalDate occurredOn() {
    return entry.occurredOn();
  }

  public String authorUserId() {
    return entry.authorUserId();
  }

  public String channelId() {
    return entry.channelId();
  }

  public String messageTs() {
    return entry.messageTs();
  }

  public String permalink() {
    return entry.permalink();
  }

  public String savedBy() {
    return entry.savedBy();
  }

  public String note() {
    return entry.note();
  }

  public Instant createdAt() {
    return entry.createdAt();
  }

  public Instant updatedAt() {
    return entry.updatedAt();
  }
}
