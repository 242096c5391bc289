package app.receipts.reminders;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The metric follow-up: about two weeks after a win without a number (or one whose number the
 * person said comes later), one DM asks about up to five such wins; at most one a week, never about
 * a win edited since it was logged or asked about before.
 */
final class FollowUps {
  static final int MAX_WINS = 5;
  static final int AFTER_DAYS = 14;

  /** A win older than this is not asked about: "two weeks ago" should stay roughly true. */
  static final int OLDEST_DAYS = 35;

  static final Duration AT_MOST_EVERY = Duration.ofDays(7);

  private final EntryReads entries;
  private final FollowUpDao dao;
  private final Clock clock;

  FollowUps(EntryReads entries, FollowUpDao dao, Clock clock) {
    this.entries = entries;
    this.dao = dao;
    this.clock = clock;
  }

  /** The wins to ask about today, oldest first. */
  List<Entry> due(String teamId, String userId, LocalDate today) {
    return unasked(teamId, userId, today.minusDays(OLDEST_DAYS), today.minusDays(AFTER_DAYS))
        .stream()
        .limit(MAX_WINS)
        .toList();
  }

  /**
   * When the next follow-up should go out, at the person's reminder time: two weeks after the
   * oldest win still to ask about, a week after the last follow-up, after a pause, and not before
   * {@code notBefore}. Empty when there is nothing to ask about.
   */
  Optional<NudgeData> plan(
      ReminderSettings settings, ZoneId zone, Instant now, LocalDate notBefore) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<Entry> waiting =
        unasked(settings.teamId(), settings.userId(), today.minusDays(OLDEST_DAYS), today);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = waiting.get(0).occurredOn().plusDays(AFTER_DAYS);
    day = latest(day, today);
    day = latest(day, notBefore);
    day = latest(day, settings.pausedUntil());
    if (settings.lastFollowUp() != null) {
      day = latest(day, LocalDate.ofInstant(settings.lastFollowUp().plus(AT_MOST_EVERY), zone));
    }
    Instant at = Slots.at(day, settings.schedule().time(), zone);
    if (!at.isAfter(now)) {
      day = day.plusDays(1);
      at = Slots.at(day, settings.schedule().time(), zone);
    }
    return Optional.of(
        NudgeData.of(
            settings.teamId(),
            settings.userId(),
            NudgeData.Kind.FOLLOWUP,
            new Slot(at, day, SlotKey.followUp(day))));
  }

  void asked(String teamId, String userId, String slotKey, List<Entry> wins) {
    for (Entry win : wins) {
      dao.ask(teamId, userId, win.id(), slotKey, clock.instant());
    }
  }

  private List<Entry> unasked(String teamId, String userId, LocalDate from, LocalDate to) {
    List<Entry> wins =
        entries.between(teamId, userId, from, to).stream()
            .filter(FollowUps::unedited)
            .sorted(Comparator.comparing(Entry::occurredOn).thenComparing(Entry::id))
            .toList();
    if (wins.isEmpty()) {
      return wins;
    }
    List<Long> ids = wins.stream().map(Entry::id).toList();
    Set<Long> asked = dao.asked(teamId, userId, ids);
    Set<Long> pending =
        wins.stream().anyMatch(Entry::hasMetric) ? dao.pending(teamId, userId, ids) : Set.of();
    return wins.stream()
        .filter(w -> !asked.contains(w.id()))
        .filter(w -> !w.hasMetric() || pending.contains(w.id()))
        .toList();
  }

  /** A win never edited after it was logged: an edit is the person's answer already. */
  static boolean unedited(Entry entry) {
    return entry.kind() == Entry.Kind.WIN && !entry.updatedAt().isAfter(entry.createdAt());
  }

  /** "I'll have the number later", said in the modal as the win was logged. */
  void pending(String teamId, String userId, long entryId) {
    dao.markPending(teamId, userId, entryId, clock.instant());
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return b != null && b.isAfter(a) ? b : a;
  }
}
