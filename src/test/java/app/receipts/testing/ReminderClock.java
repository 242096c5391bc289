package app.receipts.testing;

import app.receipts.reminders.ReminderTask;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Drives the app's reminders by hand: a db-scheduler ManualScheduler on the app's database whose
 * clock moves together with the app's clock. No waiting on wall time.
 */
public final class ReminderClock {
  /**
   * How long after its last heartbeat an execution counts as dead and is revived. A manual
   * scheduler always allows db-scheduler's default number of missed heartbeats, so the app's
   * heartbeat interval gives the app's limit only while the app uses that default too.
   */
  public static final Duration DEAD_AFTER =
      ReminderTask.HEARTBEAT_INTERVAL.multipliedBy(
          SchedulerBuilder.DEFAULT_MISSED_HEARTBEATS_LIMIT);

  private static final String FOLLOW_UP = "followup|";

  private final TestApp app;
  private final SettableClock schedulerClock = new SettableClock();
  private final ManualScheduler scheduler;

  public ReminderClock(TestApp app) {
    this.app = app;
    this.scheduler = build(app, schedulerClock);
    schedulerClock.set(app.clock.instant());
  }

  /** A second scheduler on the same database, as a second bot instance would run. */
  public ReminderClock second() {
    return new ReminderClock(app);
  }

  private static ManualScheduler build(TestApp app, SettableClock clock) {
    TestHelper.ManualSchedulerBuilder builder =
        TestHelper.createManualScheduler(
            app.running.database().dataSource(), List.of(app.running.reminderTask().task()));
    builder.clock(clock);
    builder.serializer(new JacksonSerializer());
    builder.heartbeatInterval(ReminderTask.HEARTBEAT_INTERVAL);
    return builder.build();
  }

  /**
   * Moves both clocks to the instant, revives executions whose instance stopped heartbeating longer
   * than {@link #DEAD_AFTER} ago, and runs whatever is due then, as a running scheduler's
   * housekeeping and polling do.
   */
  public void runAt(Instant instant) {
    app.awaitIdle();
    app.clock.set(instant);
    schedulerClock.set(instant);
    scheduler.runDeadExecutionDetection();
    scheduler.runAnyDueExecutions();
  }

  /** Runs what is due now on this scheduler, without moving time. */
  public void runDue() {
    app.awaitIdle();
    schedulerClock.set(app.clock.instant());
    scheduler.runDeadExecutionDetection();
    scheduler.runAnyDueExecutions();
  }

  /** Every pending reminder's time, earliest first. */
  public List<Instant> allScheduledTimes() {
    return scheduler.getScheduledExecutions().stream()
        .map(e -> e.getExecutionTime())
        .sorted()
        .toList();
  }

  /**
   * The pending nudges (weekly, snoozed) and review reminders of one person, earliest first. The
   * metric follow-up, a separate DM planned alongside, is in {@link #followUpTimes}.
   */
  public List<Instant> scheduledTimes(String userId) {
    app.awaitIdle();
    return scheduler.getScheduledExecutions().stream()
        .filter(e -> e.getTaskInstance().getId().contains("|" + userId))
        .filter(e -> !e.getTaskInstance().getId().startsWith(FOLLOW_UP))
        .map(e -> e.getExecutionTime())
        .sorted()
        .toList();
  }

  /** When the person's next metric follow-up is planned (at most one is pending). */
  public List<Instant> followUpTimes(String userId) {
    app.awaitIdle();
    return scheduler.getScheduledExecutions().stream()
        .filter(e -> e.getTaskInstance().getId().startsWith(FOLLOW_UP))
        .filter(e -> e.getTaskInstance().getId().endsWith("|" + userId))
        .map(e -> e.getExecutionTime())
        .sorted()
        .toList();
  }
}
