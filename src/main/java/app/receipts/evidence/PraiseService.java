package app.receipts.evidence;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.PraiseEntries;
import app.receipts.slack.NotSavedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a Slack message as someone's evidence, with their consent when someone else saved it. */
final class PraiseService {
  private static final Logger log = LoggerFactory.getLogger(PraiseService.class);
  private static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

  /** What happened to a save. */
  enum Outcome {
    KEPT,
    NOTE_UPDATED,
    HELD_FOR_OWNER,
    ALREADY_WITH_OWNER
  }

  record Saved(Entry entry, Outcome outcome) {}

  private final PraiseDao praise;
  private final PraiseEntries entries;
  private final Clock clock;

  PraiseService(Jdbi jdbi, PraiseEntries entries, Clock clock) {
    this.praise = jdbi.onDemand(PraiseDao.class);
    this.entries = entries;
    this.clock = clock;
  }

  PraiseDraft draft(
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
  Optional<PraiseDraft> draft(String id, String teamId, String saverId) {
    return id == null ? Optional.empty() : praise.draft(id, teamId, saverId);
  }

  /**
   * Keeps the draft's message for {@code ownerId}. Saved by the owner: kept at once, or the note of
   * an earlier save updated. Saved for someone else: held until they keep it; a message already in
   * their record is left alone, since nobody changes another person's entries.
   */
  Saved save(PraiseDraft draft, String ownerId, Competency competency, String note, LocalDate day) {
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
    Optional<Entry> earlier =
        entries.savedMessage(teamId, ownerId, draft.channelId(), draft.messageTs());
    if (earlier.isPresent()) {
      if (!forSelf) {
        return new Saved(earlier.get(), Outcome.ALREADY_WITH_OWNER);
      }
      Entry updated = entries.updateNote(earlier.get(), note, competency).orElseThrow();
      praise.deleteDraft(draft.id());
      return new Saved(updated, Outcome.NOTE_UPDATED);
    }
    Entry entry =
        Entry.builder(teamId, ownerId, Entry.Kind.PRAISE, clock.instant())
            .status(forSelf ? Entry.Status.KEPT : Entry.Status.PENDING)
            .text(draft.text())
            .competency(competency)
            .occurredOn(day)
            .message(
                draft.authorUserId(), draft.channelId(), draft.messageTs(), draft.saverId(), note)
            .build();
    Entry stored =
        entries.insertPraise(
            entry, handle -> handle.attach(PraiseDao.class).deleteDraft(draft.id()));
    return new Saved(stored, forSelf ? Outcome.KEPT : Outcome.HELD_FOR_OWNER);
  }

  void setPermalink(Entry entry, String permalink) {
    entries.setPermalink(entry, permalink);
  }

  /** The owner keeps praise held for them; empty when it is not theirs or no longer pending. */
  Optional<Entry> keep(String teamId, String ownerId, long id) {
    return entries.keep(teamId, ownerId, id);
  }

  /** The owner discards praise held for them; false when it is not theirs or no longer pending. */
  boolean discard(String teamId, String ownerId, long id) {
    return entries.discard(teamId, ownerId, id);
  }

  int forgetDrafts(String teamId, String userId) {
    return praise.forgetDrafts(teamId, userId);
  }
}
