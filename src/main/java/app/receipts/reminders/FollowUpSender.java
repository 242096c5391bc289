package app.receipts.reminders;

import app.receipts.entries.Entry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs a metric follow-up: sends it when due, and plans the next one. */
final class FollowUpSender {
  private final ReminderDao dao;
  private final FollowUps followUps;
  private final ClaimedDm dm;
  private final Clock clock;

  FollowUpSender(ReminderDao dao, FollowUps followUps, ClaimedDm dm, Clock clock) {
    this.dao = dao;
    this.followUps = followUps;
    this.dm = dm;
    this.clock = clock;
  }

  /** The next follow-up of this person, if there is anything left to ask about. */
  Optional<NudgeData> send(NudgeData data, ReminderSettings settings, ZoneId zone, boolean away) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    boolean tooSoon =
        settings.lastFollowUp() != null
            && settings.lastFollowUp().plus(FollowUps.AT_MOST_EVERY).isAfter(now.plusSeconds(60));
    if (settings.pausedOn(today) || tooSoon || !Slots.stillDeliverable(data.slot(), zone, now)) {
      return followUps.plan(settings, zone, now, null);
    }
    List<Entry> wins = followUps.due(data.teamId(), data.userId(), today);
    if (wins.isEmpty()) {
      return followUps.plan(settings, zone, now, null);
    }
    LocalDate nextWeek = today.plusDays(7);
    if (away) {
      dm.skip(data);
      return followUps.plan(settings, zone, now, nextWeek);
    }
    ClaimedDm.Result result =
        dm.send(data, () -> Optional.of(FollowUpBlocks.message(wins, today, Set.of())));
    if (result == ClaimedDm.Result.UNREACHABLE) {
      return Optional.empty();
    }
    if (result == ClaimedDm.Result.SENT) {
      followUps.asked(data.teamId(), data.userId(), data.slotKey(), wins);
      if (dao.followedUp(data.teamId(), data.userId(), now) == 0) {
        dao.save(settings.followedUp(now), now);
      }
    }
    return followUps.plan(settings.followedUp(now), zone, now, nextWeek);
  }
}
