package app.receipts.evidence;

import app.receipts.capture.Competency;
import app.receipts.capture.Entry;
import app.receipts.capture.EntryDao;
import app.receipts.capture.EntryEvents;
import app.receipts.capture.StoredEntry;
import app.receipts.slack.NotSavedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a Slack message as someone's evidence, with their consent when someone else saved it. */
public final class PraiseService {
  private static final Logger log = LoggerFactory.getLogger(PraiseService.class);
  private static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

  /** What happened to a save. */
  public enum Outcome {
    KEPT,
    NOTE_UPDATED,
    HELD_FOR_OWNER,
    ALREADY_WITH_OWNER
  }

  public record Saved(Entry entry, Outcome outcome) {}

  private final Jdbi jdbi;
  private final PraiseDao praise;
  private final EntryDao entries;
  private final EntryEvents events;
  private final Clock clock;

  public PraiseService(Jdbi jdbi, EntryEvents events, Clock clock) {
    this.jdbi = jdbi;
    this.praise = jdbi.onDemand(PraiseDao.class);
    this.entries = jdbi.onDemand(EntryDao.class);
    this.events = events;
    this.clock = clock;
  }

  public PraiseDraft draft(
      String teamId,
      String saverId,
      String channelId,
      String messageTs,
      String authorUserId,
      String text,
      String problem) {
    Instant now = clock.instant();
    praise.pruneDrafts(now.minus(DRAFT_LIFETIME));
    PraiseDraft draft =
        new PraiseDraft(
            UUID.randomUUID().toString(),
            teamId,
            saverId,
            channelId,
            messageTs,
            authorUserId,
            text,
            problem,
            now);
    praise.saveDraft(draft);
    return draft;
  }

  /** Only the person who clicked the shortcut can submit its draft. */
  public Optional<PraiseDraft> draft(String id, String teamId, String saverId) {
    return id == null ? Optional.empty() : praise.draft(id, teamId, saverId);
  }

  /**
   * Keeps the draft's message for {@code ownerId}. Saved by the owner: kept at once, or the note of
   * an earlier save updated. Saved for someone else: held until they keep it; a message already in
   * their record is left alone, since nobody changes another person's entries.
   */
  public Saved save(
      PraiseDraft draft, String ownerId, Competency competency, String note, LocalDate day) {
    try {
      return store(draft, ownerId, competency, note, day);
    } catch (JdbiException e) {
      log.warn("A saved message could not be stored, and the person was told so: {}", e.toString());
      throw NotSavedException.praise(e);
    }
  }

  private Saved store(
      PraiseDraft draft, String ownerId, Competency competency, String note, LocalDate day) {
    String teamId = draft.teamId();
    boolean forSelf = ownerId.equals(draft.saverId());
    Optional<Entry> earlier = praise.find(teamId, ownerId, draft.channelId(), draft.messageTs());
    Instant now = clock.instant();
    if (earlier.isPresent()) {
      if (!forSelf) {
        return new Saved(earlier.get(), Outcome.ALREADY_WITH_OWNER);
      }
      praise.updateNote(teamId, ownerId, earlier.get().id(), note, competency.id(), now);
      praise.deleteDraft(draft.id());
      events.changed(teamId, ownerId);
      return new Saved(
          entries.findOwned(teamId, ownerId, earlier.get().id()).orElseThrow(),
          Outcome.NOTE_UPDATED);
    }
    Entry entry =
        new Entry(
            0,
            teamId,
            ownerId,
            Entry.Kind.PRAISE,
            forSelf ? Entry.Status.KEPT : Entry.Status.PENDING,
            draft.text(),
            null,
            null,
            competency,
            List.of(),
            day,
            draft.authorUserId(),
            draft.channelId(),
            draft.messageTs(),
            null,
            draft.saverId(),
            note,
            now,
            now);
    // one transaction: only a COMMIT that returned says the row is stored (in auto-commit,
    // sqlite-jdbc can hand back a new id although the write behind it failed)
    long id =
        jdbi.inTransaction(
            handle -> {
              long stored = handle.attach(EntryDao.class).insert(new StoredEntry(entry), null);
              handle.attach(PraiseDao.class).deleteDraft(draft.id());
              return stored;
            });
    if (forSelf) {
      events.changed(teamId, ownerId);
    }
    return new Saved(
        entries.findOwned(teamId, ownerId, id).orElseThrow(),
        forSelf ? Outcome.KEPT : Outcome.HELD_FOR_OWNER);
  }

  public void setPermalink(Entry entry, String permalink) {
    praise.setPermalink(entry.teamId(), entry.userId(), entry.id(), permalink);
  }

  /** The owner keeps praise held for them; empty when it is not theirs or no longer pending. */
  public Optional<Entry> keep(String teamId, String ownerId, long id) {
    if (praise.keep(teamId, ownerId, id, clock.instant()) == 0) {
      return Optional.empty();
    }
    events.changed(teamId, ownerId);
    return entries.findOwned(teamId, ownerId, id);
  }

  /** The owner discards praise held for them; false when it is not theirs or no longer pending. */
  public boolean discard(String teamId, String ownerId, long id) {
    return praise.discard(teamId, ownerId, id) == 1;
  }

  public int forgetDrafts(String teamId, String userId) {
    return praise.forgetDrafts(teamId, userId);
  }
}
