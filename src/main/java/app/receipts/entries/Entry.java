package app.receipts.entries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * One piece of evidence owned by one person in one workspace: a win they logged, or a praise
 * message they kept. Praise-only fields are null for wins. {@code competency} is never null: the
 * column is NOT NULL, a win is filed by the rules when the person leaves it empty, and praise is
 * not saved without one. {@code pinned}: always a highlight in the person's packets; {@code
 * leftOut}: never in them; at most one of the two holds.
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
    Instant updatedAt,
    boolean pinned,
    boolean leftOut) {

  public enum Kind {
    WIN,
    PRAISE
  }

  /** PENDING praise was saved for someone else and waits for them to keep or discard it. */
  public enum Status {
    KEPT,
    PENDING
  }

  @JdbiConstructor
  public Entry {
    Objects.requireNonNull(competency, "competency");
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** The same entry as stored under {@code newId}. */
  public Entry withId(long newId) {
    return toBuilder().id(newId).build();
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
    return builder(teamId, userId, Kind.WIN, now)
        .text(text)
        .impact(impact)
        .metric(metric)
        .competency(competency)
        .links(links)
        .occurredOn(occurredOn)
        .build();
  }

  /** A new entry, kept, created and updated {@code now}; the rest is set on the builder. */
  public static Builder builder(String teamId, String userId, Kind kind, Instant now) {
    Builder builder = new Builder();
    builder.teamId = teamId;
    builder.userId = userId;
    builder.kind = kind;
    builder.status = Status.KEPT;
    builder.createdAt = now;
    builder.updatedAt = now;
    return builder;
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.teamId = teamId;
    builder.userId = userId;
    builder.kind = kind;
    builder.status = status;
    builder.text = text;
    builder.impact = impact;
    builder.metric = metric;
    builder.competency = competency;
    builder.links = links;
    builder.occurredOn = occurredOn;
    builder.authorUserId = authorUserId;
    builder.channelId = channelId;
    builder.messageTs = messageTs;
    builder.permalink = permalink;
    builder.savedBy = savedBy;
    builder.note = note;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    builder.pinned = pinned;
    builder.leftOut = leftOut;
    return builder;
  }

  /** Names every field a caller sets, instead of twenty-one positional arguments. */
  public static final class Builder {
    private long id;
    private String teamId;
    private String userId;
    private Kind kind;
    private Status status;
    private String text;
    private String impact;
    private String metric;
    private Competency competency;
    private List<String> links = List.of();
    private LocalDate occurredOn;
    private String authorUserId;
    private String channelId;
    private String messageTs;
    private String permalink;
    private String savedBy;
    private String note;
    private Instant createdAt;
    private Instant updatedAt;
    private boolean pinned;
    private boolean leftOut;

    private Builder() {}

    public Builder id(long id) {
      this.id = id;
      return this;
    }

    public Builder status(Status status) {
      this.status = status;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder impact(String impact) {
      this.impact = impact;
      return this;
    }

    public Builder metric(String metric) {
      this.metric = metric;
      return this;
    }

    public Builder competency(Competency competency) {
      this.competency = competency;
      return this;
    }

    public Builder links(List<String> links) {
      this.links = links;
      return this;
    }

    public Builder occurredOn(LocalDate occurredOn) {
      this.occurredOn = occurredOn;
      return this;
    }

    /** Praise: who wrote the message, where, and who saved it with what note. */
    public Builder message(
        String authorUserId, String channelId, String messageTs, String savedBy, String note) {
      this.authorUserId = authorUserId;
      this.channelId = channelId;
      this.messageTs = messageTs;
      this.savedBy = savedBy;
      this.note = note;
      return this;
    }

    public Builder permalink(String permalink) {
      this.permalink = permalink;
      return this;
    }

    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    public Builder pinned(boolean pinned) {
      this.pinned = pinned;
      return this;
    }

    public Builder leftOut(boolean leftOut) {
      this.leftOut = leftOut;
      return this;
    }

    public Entry build() {
      return new Entry(
          id,
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
          updatedAt,
          pinned,
          leftOut);
    }
  }
}
