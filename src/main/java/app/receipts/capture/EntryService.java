package app.receipts.capture;

import app.receipts.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores, changes and reads a person's entries; the only way features touch the entries table. */
public final class EntryService {
  private static final Logger log = LoggerFactory.getLogger(EntryService.class);
  private final EntryDao dao;
  private final EntryDao reads;
  private final GroupCommit newEntries;
  private final WinRules rules;
  private final EntryEvents events;
  private final Clock clock;

  public EntryService(Database database, WinRules rules, EntryEvents events, Clock clock) {
    this.dao = database.jdbi().onDemand(EntryDao.class);
    this.reads = database.reads().onDemand(EntryDao.class);
    this.newEntries = new GroupCommit(database);
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  public WinRules rules() {
    return rules;
  }

  /**
   * Validates and stores a new win. The capture key (Slack's trigger or view id) makes a retried
   * delivery return the entry stored the first time instead of storing it twice.
   */
  public Entry captureWin(
      String teamId, String userId, WinDraft draft, LocalDate today, String captureKey) {
    Map<String, String> problems = rules.problems(draft, today);
    if (!problems.isEmpty()) {
      throw new InvalidWinException(problems);
    }
    WinDraft full = rules.complete(draft, today);
    Entry entry =
        Entry.win(
            teamId,
            userId,
            full.text(),
            full.impact(),
            full.metric(),
            full.competency(),
            full.links(),
            full.occurredOn(),
            clock.instant());
    long id;
    try {
      id = newEntries.insert(new StoredEntry(entry), captureKey);
    } catch (RuntimeException e) {
      // a retry of the same delivery: the unique capture key kept the first one, which is the
      // answer (one statement on the usual path, the lookup only after a failure); otherwise
      // nothing is known to be stored, and the person must hear exactly that
      Optional<Entry> winner = storedBefore(teamId, userId, captureKey);
      if (winner.isEmpty()) {
        log.warn("A win could not be stored, and the person was told so: {}", e.toString());
      }
      return winner.orElseThrow(() -> new WinNotSavedException(e));
    }
    events.changed(teamId, userId);
    return entry.withId(id);
  }

  private Optional<Entry> storedBefore(String teamId, String userId, String captureKey) {
    if (captureKey == null) {
      return Optional.empty();
    }
    try {
      return dao().findByCaptureKey(teamId, userId, captureKey);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Replaces the editable fields of the owner's entry; empty when it is not theirs or is gone. */
  public Optional<Entry> updateWin(
      String teamId, String userId, long id, WinDraft draft, LocalDate today) {
    Map<String, String> problems = rules.problems(draft, today);
    if (!problems.isEmpty()) {
      throw new InvalidWinException(problems);
    }
    Optional<Entry> existing = find(teamId, userId, id);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Entry old = existing.get();
    WinDraft full = rules.complete(draft, old.occurredOn());
    Entry changed =
        new Entry(
            old.id(),
            old.teamId(),
            old.userId(),
            old.kind(),
            old.status(),
            full.text(),
            full.impact(),
            full.metric(),
            full.competency(),
            full.links(),
            full.occurredOn(),
            old.authorUserId(),
            old.channelId(),
            old.messageTs(),
            old.permalink(),
            old.savedBy(),
            old.note(),
            old.createdAt(),
            clock.instant());
    dao().update(new StoredEntry(changed));
    events.changed(teamId, userId);
    return find(teamId, userId, id);
  }

  /**
   * A newcomer's first wins are dated in UTC when Slack was too slow to tell their timezone in
   * time; once it is known, a win still on its UTC date moves to the person's own date of that
   * moment.
   */
  public void redateGuesses(String teamId, String userId, ZoneId zone) {
    int moved = 0;
    for (Entry entry : dao().all(teamId, userId)) {
      LocalDate guessed = LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
      LocalDate theirs = LocalDate.ofInstant(entry.createdAt(), zone);
      if (entry.kind() == Entry.Kind.WIN
          && entry.occurredOn().equals(guessed)
          && !guessed.equals(theirs)) {
        moved += dao().redate(teamId, userId, entry.id(), theirs);
      }
    }
    if (moved > 0) {
      events.changed(teamId, userId);
    }
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

  /** Forget-me: the person's entries go, and their name leaves other people's praise. */
  public int forget(String teamId, String userId) {
    int deleted = dao().deleteAll(teamId, userId);
    dao().anonymise(teamId, userId);
    events.changed(teamId, userId);
    return deleted;
  }

  public int count(String teamId, String userId) {
    return reads.count(teamId, userId);
  }

  /** Deletes the owner's entry and returns what it was; empty when it is not theirs or is gone. */
  public Optional<Entry> delete(String teamId, String userId, long id) {
    Optional<Entry> existing = find(teamId, userId, id);
    existing.ifPresent(
        entry -> {
          dao().delete(teamId, userId, id);
          events.changed(teamId, userId);
        });
    return existing;
  }

  private EntryDao dao() {
    return dao;
  }
}
