package app.receipts.entries;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The writes to the entries table that only praise has, from {@link EntryService#praise()}: each
 * tells {@link EntryEvents} as the service's own writes do.
 */
public final class PraiseEntries {
  private final Jdbi jdbi;
  private final EntryDao dao;
  private final EntryEvents events;
  private final Clock clock;

  PraiseEntries(Jdbi jdbi, EntryDao dao, EntryEvents events, Clock clock) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores new praise and runs {@code alongside} in the same transaction: only a COMMIT that
   * returned says the row is stored (in auto-commit, sqlite-jdbc can hand back a new id although
   * the write behind it failed).
   */
  public Entry insertPraise(Entry praise, Consumer<Handle> alongside) {
    long id =
        jdbi.inTransaction(
            handle -> {
              long stored = handle.attach(EntryDao.class).insert(praise, null);
              alongside.accept(handle);
              return stored;
            });
    if (praise.status() == Entry.Status.KEPT) {
      events.changed(praise.teamId(), praise.userId());
    }
    return owned(praise.teamId(), praise.userId(), id).orElseThrow();
  }

  /** A praise message saved again by its owner: its note and competency change. */
  public Optional<Entry> updateNote(Entry praise, String note, Competency competency) {
    dao.updateNote(
        praise.teamId(), praise.userId(), praise.id(), note, competency.id(), clock.instant());
    events.changed(praise.teamId(), praise.userId());
    return owned(praise.teamId(), praise.userId(), praise.id());
  }

  /**
   * The owner edits praise they kept: its note and competency, never the author's text; empty when
   * it is not their kept praise.
   */
  public Optional<Entry> editPraise(
      String teamId, String ownerId, long id, String note, Competency competency) {
    if (dao.editPraise(teamId, ownerId, id, note, competency.id(), clock.instant()) == 0) {
      return Optional.empty();
    }
    events.changed(teamId, ownerId);
    return owned(teamId, ownerId, id);
  }

  /** The owner keeps praise held for them; empty when it is not theirs or no longer pending. */
  public Optional<Entry> keep(String teamId, String ownerId, long id) {
    if (dao.keep(teamId, ownerId, id, clock.instant()) == 0) {
      return Optional.empty();
    }
    events.changed(teamId, ownerId);
    return owned(teamId, ownerId, id);
  }

  /** The owner discards praise held for them; false when it is not theirs or no longer pending. */
  public boolean discard(String teamId, String ownerId, long id) {
    return dao.discard(teamId, ownerId, id) == 1;
  }

  public void setPermalink(Entry entry, String permalink) {
    dao.setPermalink(entry.teamId(), entry.userId(), entry.id(), permalink);
  }

  /** The owner's entry for a message they saved before, read from the writer. */
  public Optional<Entry> savedMessage(
      String teamId, String ownerId, String channelId, String messageTs) {
    return dao.findMessage(teamId, ownerId, channelId, messageTs);
  }

  /** The owner's entry as the writer sees it (it may be that new). */
  private Optional<Entry> owned(String teamId, String userId, long id) {
    return jdbi.withHandle(handle -> EntryQueries.owned(handle, teamId, userId, id));
  }
}
