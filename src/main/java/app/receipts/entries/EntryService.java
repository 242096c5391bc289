package app.receipts.entries;

import app.receipts.rules.Metric;
import app.receipts.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Every write to the entries table, wins and praise alike (praise's own through {@link #praise()});
 * reads are {@link EntryReads}. Each write tells {@link EntryEvents}, so whatever shows entries
 * (App Home) hears of it wherever it happened.
 */
public final class EntryService {
  private final Jdbi jdbi;
  private final EntryDao dao;
  private final GroupCommit newWins;
  private final EntryEvents events;
  private final Clock clock;
  private final PraiseEntries praise;

  public EntryService(Database database, EntryEvents events, Clock clock) {
    this.jdbi = database.jdbi();
    this.dao = jdbi.onDemand(EntryDao.class);
    this.newWins = new GroupCommit(database);
    this.events = events;
    this.clock = clock;
    this.praise = new PraiseEntries(jdbi, dao, events, clock);
  }

  /**
   * The writes only praise has: storing it, the owner keeping or discarding it, editing its note.
   */
  public PraiseEntries praise() {
    return praise;
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Stores a new win through the group commit and returns it with its id once committed; throws
   * what storing it threw. The capture key (Slack's trigger or view id) is unique per person, so a
   * retried delivery fails here instead of storing the win twice.
   */
  public Entry insertWin(Entry win, String captureKey) {
    return insertWin(win, List.of(), captureKey);
  }

  /** The same, with the win's metrics as rows, committed in the same transaction as the win. */
  public Entry insertWin(Entry win, List<Metric> metrics, String captureKey) {
    long id = newWins.insert(win, metrics, captureKey);
    events.changed(win.teamId(), win.userId());
    return win.withId(id);
  }

  /** The win stored earlier under this capture key, read from the writer (it may be that new). */
  public Optional<Entry> storedUnder(String teamId, String userId, String captureKey) {
    return captureKey == null
        ? Optional.empty()
        : jdbi.withHandle(handle -> EntryQueries.byCaptureKey(handle, teamId, userId, captureKey));
  }

  /**
   * Replaces the editable fields of the owner's entry, its metric rows kept; empty when it is not
   * theirs or is gone.
   */
  public Optional<Entry> update(Entry changed) {
    return update(changed, null, List.of());
  }

  /**
   * The same in one transaction with its metric rows replaced by {@code metrics} (null: kept) and
   * {@code corrections} stored against it: the win, its rows and what the person taught the rules
   * never disagree.
   */
  public Optional<Entry> update(
      Entry changed, List<Metric> metrics, List<RuleCorrection> corrections) {
    Entry stamped = changed.toBuilder().updatedAt(clock.instant()).build();
    boolean updated =
        metrics == null && corrections.isEmpty()
            ? dao.update(stamped) == 1
            : jdbi.inTransaction(
                handle -> {
                  if (handle.attach(EntryDao.class).update(stamped) == 0) {
                    return false;
                  }
                  if (metrics != null) {
                    MetricRows.replace(handle, stamped.teamId(), stamped.id(), metrics);
                  }
                  CorrectionRows.insert(
                      handle,
                      stamped.teamId(),
                      stamped.userId(),
                      stamped.id(),
                      corrections,
                      stamped.updatedAt());
                  return true;
                });
    if (!updated) {
      return Optional.empty();
    }
    events.changed(changed.teamId(), changed.userId());
    events.correctionsChanged(changed.teamId(), changed.userId());
    return owned(changed.teamId(), changed.userId(), changed.id());
  }

  /**
   * Pins the owner's entry (always a highlight in their packets; it is no longer left out), or
   * unpins it; empty when it is not theirs or is gone.
   */
  public Optional<Entry> pin(String teamId, String userId, long id, boolean pinned) {
    int changed =
        pinned ? dao.pin(teamId, userId, id, clock.instant()) : dao.unpin(teamId, userId, id);
    return marked(teamId, userId, id, changed);
  }

  /**
   * Leaves the owner's entry out of their packets (it is no longer pinned), or takes it back in;
   * empty when it is not theirs or is gone.
   */
  public Optional<Entry> leaveOut(String teamId, String userId, long id, boolean leftOut) {
    int changed =
        leftOut
            ? dao.leaveOut(teamId, userId, id, clock.instant())
            : dao.include(teamId, userId, id);
    return marked(teamId, userId, id, changed);
  }

  private Optional<Entry> marked(String teamId, String userId, long id, int changed) {
    if (changed == 0) {
      return Optional.empty();
    }
    events.changed(teamId, userId);
    return owned(teamId, userId, id);
  }

  /**
   * A newcomer's first wins are dated in UTC when Slack was too slow to tell their timezone in
   * time; once it is known, a win still on its UTC date moves to the person's own date of that
   * moment.
   */
  public void redateGuesses(String teamId, String userId, ZoneId zone) {
    // One transaction on one attached DAO: a person who logged many wins before Slack told us
    // their zone would otherwise cost a commit (and a SqlObject attach) per win.
    int moved =
        jdbi.inTransaction(
            handle -> {
              EntryDao entries = handle.attach(EntryDao.class);
              int changed = 0;
              for (Entry entry : EntryQueries.all(handle, teamId, userId)) {
                LocalDate guessed = LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC);
                LocalDate theirs = LocalDate.ofInstant(entry.createdAt(), zone);
                if (entry.kind() == Entry.Kind.WIN
                    && entry.occurredOn().equals(guessed)
                    && !guessed.equals(theirs)) {
                  changed += entries.redate(teamId, userId, entry.id(), theirs);
                }
              }
              return changed;
            });
    if (moved > 0) {
      events.changed(teamId, userId);
    }
  }

  /**
   * Forget-me: the person's entries go (their metric rows and corrections with them, by the foreign
   * keys), and their name leaves other people's praise.
   */
  public int forget(String teamId, String userId) {
    int deleted = dao.deleteAll(teamId, userId);
    dao.anonymise(teamId, userId);
    // no entriesChanged here: inside forget-me's transaction a listener would read the entries
    // as they were and republish them; forget-me tells App Home after the commit instead
    events.correctionsChanged(teamId, userId);
    return deleted;
  }

  /**
   * After forget-me committed: the person's corrections are dropped from memory again, in case a
   * read cached them while the transaction was still open.
   */
  public void forgotten(String teamId, String userId) {
    events.correctionsChanged(teamId, userId);
  }

  /** Deletes the owner's entry and returns what it was; empty when it is not theirs or is gone. */
  public Optional<Entry> delete(String teamId, String userId, long id) {
    Optional<Entry> existing = owned(teamId, userId, id);
    existing.ifPresent(
        entry -> {
          dao.delete(teamId, userId, id);
          events.changed(teamId, userId);
          events.correctionsChanged(teamId, userId);
        });
    return existing;
  }

  /**
   * Undo of a save: deletes the owner's entry only while it is as saved. One changed since (edited,
   * re-filed, its metric fixed) is kept, since Undo would take the change with it; empty then, as
   * when it is not theirs or is gone.
   */
  public Optional<Entry> deleteUnedited(String teamId, String userId, long id) {
    Optional<Entry> existing = owned(teamId, userId, id);
    if (existing.isEmpty() || dao.deleteUnedited(teamId, userId, id) == 0) {
      return Optional.empty();
    }
    events.changed(teamId, userId);
    events.correctionsChanged(teamId, userId);
    return existing;
  }

  /** The owner's entry as the writer sees it (it may be that new). */
  private Optional<Entry> owned(String teamId, String userId, long id) {
    return jdbi.withHandle(handle -> EntryQueries.owned(handle, teamId, userId, id));
  }
}
