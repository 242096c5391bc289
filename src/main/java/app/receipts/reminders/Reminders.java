package app.receipts.reminders;

import app.receipts.people.People;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reminder settings and the schedule that follows from them. */
public final class Reminders {
  private final ReminderDao dao;
  private final SettingsReads settings;
  private final FollowUpDao followUps;
  private final People people;
  private final SchedulerClient scheduler;
  private final CustomTask<NudgeData> task;
  private final Clock clock;

  Reminders(
      ReminderDao dao,
      SettingsReads settings,
      FollowUpDao followUps,
      People people,
      SchedulerClient scheduler,
      CustomTask<NudgeData> task,
      Clock clock) {
    this.dao = dao;
    this.settings = settings;
    this.followUps = followUps;
    this.people = people;
    this.scheduler = scheduler;
    this.task = task;
    this.clock = clock;
  }

  public ReminderSettings settings(String teamId, String userId) {
    return settings.find(teamId, userId).orElse(ReminderSettings.defaults(teamId, userId));
  }

  FollowUpDao followUpDao() {
    return followUps;
  }

  public ZoneId zone(String teamId, String userId) {
    return people.zone(teamId, userId);
  }

  /** Makes sure someone who uses Receipts has their next weekly nudge scheduled. */
  public void ensureWeekly(String teamId, String userId) {
    ReminderSettings settings = settings(teamId, userId);
    if (!settings.schedule().enabled() || settings.dmBlocked()) {
      return;
    }
    NudgeData next = nextWeekly(settings);
    scheduler.scheduleIfNotExists(instance(next), Instant.ofEpochMilli(next.atMillis()));
  }

  /**
   * Saves a new schedule and moves (or cancels) the pending weekly nudge to match it; every other
   * week counts from the week of its first slot. The next slot, after any pause.
   */
  public Slot changeSchedule(String teamId, String userId, ReminderSchedule schedule) {
    ZoneId zone = zone(teamId, userId);
    if (schedule.cadence() == ReminderSchedule.Cadence.BIWEEKLY && schedule.anchor() == null) {
      ReminderSchedule weekly =
          new ReminderSchedule(schedule.days(), schedule.time(), schedule.enabled());
      schedule = schedule.withAnchor(Slots.nextWeekly(weekly, zone, clock.instant()).localDate());
    }
    return save(settings(teamId, userId).with(schedule));
  }

  /** Holds every nudge and follow-up until the local day {@code until}, when they resume. */
  public Slot pause(String teamId, String userId, LocalDate until) {
    return save(settings(teamId, userId).withPause(until, true));
  }

  /**
   * Ends a pause early. The person was just told so, so the next nudge has no "welcome back": that
   * is for a pause that ran out by itself.
   */
  public Slot resume(String teamId, String userId) {
    return save(settings(teamId, userId).withPause(null, false));
  }

  public void quietWeeks(String teamId, String userId, boolean quiet) {
    dao.save(settings(teamId, userId).withQuietWeeks(quiet), clock.instant());
  }

  public LocalDate today(String teamId, String userId) {
    return LocalDate.ofInstant(clock.instant(), zone(teamId, userId));
  }

  /** The first local day nudges come again, or null when they are not paused (or ended). */
  public LocalDate pausedUntil(ReminderSettings settings) {
    LocalDate today = today(settings.teamId(), settings.userId());
    return settings.pausedOn(today) ? settings.pausedUntil() : null;
  }

  private Slot save(ReminderSettings settings) {
    dao.save(settings, clock.instant());
    NudgeData next = nextWeekly(settings);
    TaskInstance<NudgeData> instance = instance(next);
    cancel(instance);
    if (settings.schedule().enabled() && !settings.dmBlocked()) {
      scheduler.scheduleIfNotExists(instance, Instant.ofEpochMilli(next.atMillis()));
    }
    return next.slot();
  }

  /** This week's nudge again next Monday at the same local time. */
  public Slot snooze(String teamId, String userId) {
    ReminderSettings settings = settings(teamId, userId);
    Slot slot = Slots.snoozedToMonday(settings.schedule(), zone(teamId, userId), clock.instant());
    NudgeData data = NudgeData.of(teamId, userId, NudgeData.Kind.SNOOZED, slot);
    scheduler.scheduleIfNotExists(instance(data), slot.at());
    return slot;
  }

  /** Records the next review and schedules the reminders 14 and 3 days before it. */
  public void setReview(String teamId, String userId, LocalDate review) {
    ReminderSettings old = settings(teamId, userId);
    cancelReview(old);
    LocalDate previous =
        old.reviewDate() != null && old.reviewDate().isBefore(review)
            ? old.reviewDate()
            : old.previousReview();
    ReminderSettings settings = old.withReview(review, previous);
    dao.save(settings, clock.instant());
    for (Slot slot :
        ReviewDates.reminders(
            review, settings.schedule().time(), zone(teamId, userId), clock.instant())) {
      NudgeData data = NudgeData.of(teamId, userId, NudgeData.Kind.REVIEW, slot);
      scheduler.scheduleIfNotExists(instance(data), slot.at());
    }
  }

  public void clearReview(String teamId, String userId) {
    ReminderSettings old = settings(teamId, userId);
    cancelReview(old);
    dao.save(old.withReview(null, old.previousReview()), clock.instant());
  }

  /** Removes settings, delivery records and pending reminders of one person. */
  public int forget(String teamId, String userId) {
    ReminderTaskId.Person tasks = ReminderTaskId.ofPerson(teamId, userId);
    return dao.forgetTasks(tasks.likeWhole(), tasks.likePrefix())
        + dao.forgetSettings(teamId, userId)
        + followUps.forget(teamId, userId)
        + dao.forgetDeliveries(teamId, userId);
  }

  private void cancelReview(ReminderSettings settings) {
    if (settings.reviewDate() == null) {
      return;
    }
    for (int days : ReviewDates.DAYS_BEFORE) {
      LocalDate day = settings.reviewDate().minusDays(days);
      Slot slot = new Slot(Instant.EPOCH, day, SlotKey.review(settings.reviewDate(), days));
      cancel(
          instance(
              NudgeData.of(settings.teamId(), settings.userId(), NudgeData.Kind.REVIEW, slot)));
    }
  }

  private NudgeData nextWeekly(ReminderSettings settings) {
    Slot slot =
        Slots.next(
            settings.schedule(),
            zone(settings.teamId(), settings.userId()),
            clock.instant(),
            settings.pausedUntil());
    return NudgeData.of(settings.teamId(), settings.userId(), NudgeData.Kind.WEEKLY, slot);
  }

  private TaskInstance<NudgeData> instance(NudgeData data) {
    return task.instance(data.instanceId(), data);
  }

  private void cancel(TaskInstance<NudgeData> instance) {
    try {
      if (scheduler.getScheduledExecution(instance).isPresent()) {
        scheduler.cancel(instance);
      }
    } catch (RuntimeException running) {
      // it is being sent right now; the sender reads the new settings when it completes
    }
  }
}
