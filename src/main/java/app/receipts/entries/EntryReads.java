package app.receipts.entries;

import app.receipts.rules.Metric;
import app.receipts.rules.PersonalLexicon;
import app.receipts.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's entries as every feature reads them: on the read connections, so a packet's history or
 * App Home never waits behind the writer.
 */
public final class EntryReads {
  private final Jdbi jdbi;
  private final Lexicons lexicons;

  public EntryReads(Database database) {
    this(database, null, null);
  }

  /**
   * Keeps each person's {@link PersonalLexicon} for {@link Lexicons#FRESH_FOR}, forgotten at once
   * when this process's {@link EntryService} changes their corrections: every /win reads it.
   */
  public EntryReads(Database database, EntryEvents events, Clock clock) {
    this.jdbi = database.reads();
    this.lexicons = events == null ? null : new Lexicons(clock);
    if (events != null) {
      events.subscribeToCorrections(lexicons::forget);
    }
  }

  public Optional<Entry> find(String teamId, String userId, long id) {
    return jdbi.withHandle(handle -> EntryQueries.owned(handle, teamId, userId, id));
  }

  /** The id of the owner's win logged last (not the one dated last), if any. */
  public Optional<Long> lastLogged(String teamId, String userId) {
    return jdbi.withHandle(handle -> EntryQueries.lastLogged(handle, teamId, userId));
  }

  public List<Entry> recent(String teamId, String userId, int limit, int offset) {
    return jdbi.withHandle(handle -> EntryQueries.recent(handle, teamId, userId, limit, offset));
  }

  /** The owner's kept entries dated from..to (inclusive), newest first. */
  public List<Entry> between(String teamId, String userId, LocalDate from, LocalDate to) {
    return jdbi.withHandle(handle -> EntryQueries.between(handle, teamId, userId, from, to));
  }

  /**
   * The metrics as data of the owner's kept entries dated from..to (inclusive), by entry id, each
   * in the order of its metric line; an entry without metric rows is absent.
   */
  public Map<Long, List<Metric>> metricsBetween(
      String teamId, String userId, LocalDate from, LocalDate to) {
    return jdbi.withHandle(handle -> MetricRows.of(handle, teamId, userId, from, to));
  }

  /** The metrics as data of every entry the person owns, by entry id (for their export). */
  public Map<Long, List<Metric>> allMetrics(String teamId, String userId) {
    return jdbi.withHandle(handle -> MetricRows.ofOwner(handle, teamId, userId));
  }

  /** One of the owner's entries' metrics as data; empty when it has none or is not theirs. */
  public List<Metric> metrics(String teamId, String userId, long id) {
    return jdbi.withHandle(handle -> MetricRows.ofEntry(handle, teamId, userId, id));
  }

  /** What the person's own corrections taught the win rules; nobody else's count. */
  public PersonalLexicon lexicon(String teamId, String userId) {
    if (lexicons == null) {
      return CorrectionRows.lexicon(corrections(teamId, userId));
    }
    return lexicons.get(teamId, userId, () -> CorrectionRows.lexicon(corrections(teamId, userId)));
  }

  /** The person's latest corrections of the win rules, oldest first. */
  public List<RuleCorrection> corrections(String teamId, String userId) {
    return jdbi.withHandle(handle -> CorrectionRows.of(handle, teamId, userId));
  }

  /** The earliest day from..to (inclusive) with a kept entry of the owner's. */
  public Optional<LocalDate> firstDay(String teamId, String userId, LocalDate from, LocalDate to) {
    return jdbi.withHandle(handle -> EntryQueries.firstDay(handle, teamId, userId, from, to));
  }

  /** The latest day from..to (inclusive) with a kept entry of the owner's. */
  public Optional<LocalDate> lastDay(String teamId, String userId, LocalDate from, LocalDate to) {
    return jdbi.withHandle(handle -> EntryQueries.lastDay(handle, teamId, userId, from, to));
  }

  /** Every entry the person owns, pending ones included (for their export). */
  public List<Entry> all(String teamId, String userId) {
    return jdbi.withHandle(handle -> EntryQueries.all(handle, teamId, userId));
  }

  /** Kept entries per competency dated on or after {@code from}. */
  public Map<Competency, Integer> countsSince(String teamId, String userId, LocalDate from) {
    Map<Competency, Integer> counts = new EnumMap<>(Competency.class);
    jdbi.withHandle(handle -> EntryQueries.countsSince(handle, teamId, userId, from))
        .forEach((id, n) -> Competency.fromId(id).ifPresent(c -> counts.merge(c, n, Integer::sum)));
    return counts;
  }

  public int count(String teamId, String userId) {
    return jdbi.withHandle(handle -> EntryQueries.count(handle, teamId, userId));
  }
}
