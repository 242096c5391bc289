package app.receipts.entries;

import app.receipts.store.Database;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's entries as every feature reads them: on the read connections, so a packet's history or
 * App Home never waits behind the writer.
 */
public final class EntryReads {
  private final EntryDao reads;

  public EntryReads(Database database) {
    this.reads = database.reads().onDemand(EntryDao.class);
  }

  public Optional<Entry> find(String teamId, String userId, long id) {
    return reads.findOwned(teamId, userId, id);
  }

  public List<Entry> recent(String teamId, String userId, int limit, int offset) {
    return reads.recent(teamId, userId, limit, offset);
  }

  /** The owner's kept entries dated from..to (inclusive), newest first. */
  public List<Entry> between(String teamId, String userId, LocalDate from, LocalDate to) {
    return reads.between(teamId, userId, from, to);
  }

  /** The earliest day from..to (inclusive) with a kept entry of the owner's. */
  public Optional<LocalDate> firstDay(String teamId, String userId, LocalDate from, LocalDate to) {
    return reads.firstDay(teamId, userId, from, to);
  }

  /** The latest day from..to (inclusive) with a kept entry of the owner's. */
  public Optional<LocalDate> lastDay(String teamId, String userId, LocalDate from, LocalDate to) {
    return reads.lastDay(teamId, userId, from, to);
  }

  /** Every entry the person owns, pending ones included (for their export). */
  public List<Entry> all(String teamId, String userId) {
    return reads.all(teamId, userId);
  }

  /** Kept entries per competency dated on or after {@code from}. */
  public Map<Competency, Integer> countsSince(String teamId, String userId, LocalDate from) {
    Map<Competency, Integer> counts = new EnumMap<>(Competency.class);
    reads
        .countsSince(teamId, userId, from)
        .forEach((id, n) -> Competency.fromId(id).ifPresent(c -> counts.merge(c, n, Integer::sum)));
    return counts;
  }

  public int count(String teamId, String userId) {
    return reads.count(teamId, userId);
  }
}
