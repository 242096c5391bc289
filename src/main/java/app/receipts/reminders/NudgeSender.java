package app.receipts.reminders;

import app.receipts.entries.EntryReads;
import app.receipts.packet.PacketBuilder;
import app.receipts.people.People;
import app.receipts.people.Person;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.Messenger;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Sends one scheduled reminder, at most once per person and slot (see {@link ClaimedDm}), and says
 * what comes next: the following slot of the schedule, and a metric follow-up to plan. A paused
 * person gets nothing until the pause ends; an away status or a quiet week skips the slot.
 */
final class NudgeSender {
  /** What to do after a run: this execution's next time, and another reminder to schedule. */
  record Next(Optional<NudgeData> again, Optional<NudgeData> alsoSchedule) {
    static Next done() {
      return new Next(Optional.empty(), Optional.empty());
    }

    static Next again(Optional<NudgeData> data) {
      return new Next(data, Optional.empty());
    }
  }

  private final ReminderDao dao;
  private final People people;
  private final EntryReads entries;
  private final NudgeComposer composer;
  private final ClaimedDm dm;
  private final FollowUps followUps;
  private final FollowUpSender followUpSender;
  private final Clock clock;

  NudgeSender(
      ReminderDao dao,
      FollowUpDao followUpDao,
      People people,
      EntryReads entries,
      PacketBuilder packetBuilder,
      DisplayNames names,
      Messenger messenger,
      Clock clock) {
    this.dao = dao;
    this.people = people;
    this.entries = entries;
    this.composer =
        new NudgeComposer(
            entries,
            packetBuilder,
            (teamId, userId, period) ->
                packetBuilder.build(teamId, userId, names.of(teamId, userId), period),
            clock);
    this.dm = new ClaimedDm(dao, messenger, clock);
    this.followUps = new FollowUps(entries, followUpDao, clock);
    this.followUpSender = new FollowUpSender(dao, followUps, dm, clock);
    this.clock = clock;
  }

  /** Sends the reminder if it is still due and was never sent. */
  Next send(NudgeData data) {
    String teamId = data.teamId();
    String userId = data.userId();
    People.Profile profile = people.refreshProfile(teamId, userId);
    Optional<Person> person = profile.person();
    ReminderSettings settings =
        dao.find(teamId, userId).orElse(ReminderSettings.defaults(teamId, userId));
    if (person.isEmpty() || person.get().deactivated() || settings.dmBlocked()) {
      return Next.done();
    }
    if (data.kind() != NudgeData.Kind.REVIEW && !settings.schedule().enabled()) {
      return Next.done();
    }
    ZoneId zone = people.zone(teamId, userId);
    Instant now = clock.instant();
    boolean away = AwayStatus.away(profile.status(), now);
    if (data.kind() == NudgeData.Kind.FOLLOWUP) {
      return Next.again(followUpSender.send(data, settings, zone, away));
    }
    Slot slot = data.slot();
    if (data.kind() == NudgeData.Kind.WEEKLY) {
      if (!settings.schedule().matches(slot.localDate())) {
        // the schedule changed since this was planned (or a retry gave up a week on)
        return Next.again(Optional.of(next(settings, zone, now)));
      }
      Instant local = Slots.at(slot.localDate(), settings.schedule().time(), zone);
      if (local.isAfter(now.plusSeconds(60))) {
        // their timezone or time of day changed since this was scheduled: wait for the new time
        return Next.again(
            Optional.of(
                NudgeData.of(
                    teamId, userId, data.kind(), new Slot(local, slot.localDate(), slot.key()))));
      }
    }
    boolean held = data.kind() != NudgeData.Kind.REVIEW && settings.pausedOn(slot.localDate());
    if (!held && Slots.stillDeliverable(slot, zone, now)) {
      // review reminders are for a date the person set, so an away status does not hold them
      if (data.kind() != NudgeData.Kind.REVIEW && (away || quietWeek(data, settings, zone))) {
        dm.skip(data);
      } else {
        ClaimedDm.Result result = dm.send(data, () -> composer.compose(data, settings, zone));
        if (result == ClaimedDm.Result.UNREACHABLE) {
          return Next.done();
        }
        if (result == ClaimedDm.Result.SENT
            && data.kind() != NudgeData.Kind.REVIEW
            && (!settings.firstNudgeSent() || settings.welcomeBack())
            && dao.nudged(teamId, userId, clock.instant()) == 0) {
          dao.save(settings.afterNudge(), clock.instant());
        }
      }
    }
    if (data.kind() != NudgeData.Kind.WEEKLY) {
      return Next.done();
    }
    Instant after = now.isAfter(slot.at()) ? now : slot.at();
    NudgeData next = next(settings, zone, after);
    // a follow-up due after the next nudge is planned by that nudge's run, so that only what is
    // near waits in the scheduler
    Optional<NudgeData> followUp =
        followUps.plan(settings, zone, now, null).filter(f -> f.atMillis() < next.atMillis());
    return new Next(Optional.of(next), followUp);
  }

  private NudgeData next(ReminderSettings settings, ZoneId zone, Instant after) {
    return NudgeData.of(
        settings.teamId(),
        settings.userId(),
        NudgeData.Kind.WEEKLY,
        Slots.next(settings.schedule(), zone, after, settings.pausedUntil()));
  }

  /** With quiet weeks on, a week in which the person already logged something gets no nudge. */
  private boolean quietWeek(NudgeData data, ReminderSettings settings, ZoneId zone) {
    if (!settings.quietWeeks()) {
      return false;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return !entries.between(data.teamId(), data.userId(), monday, today).isEmpty();
  }
}
