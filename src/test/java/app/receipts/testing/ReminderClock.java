package app.receipts.testing;

import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Instant;
import java.util.List;

/**
 * Drives the app's reminders by hand: a db-scheduler ManualScheduler on the app's database whose
 * clock moves together with the app's clock. No waiting on wall time.
 */
public final class ReminderClock {
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
    return builder.build();
  }

  /** Moves both clocks to the instant and runs whatever is due then. */
  public void runAt(Instant instant) {
    app.awaitIdle();
    app.clock.set(instant);
    schedulerClock.set(instant);
    scheduler.runAnyDueExecutions();
  }

  /** Runs what is due now on this scheduler, without moving time. */
  public void runDue() {
    app.awaitIdle();
    schedulerClock.set(app.clock.instant());
    scheduler.runAnyDueExecutions();
  }

  public List<Instant> scheduledTimes(String userId) {
    app.awaitIdle();
    return scheduler.getScheduledExecutions().stream()
        .filter(e -> e.getTaskInstance().getId().contains("|" + userId))
        .map(e -> e.getExecutionTime())
        .sorted()
        .toList();
  }
}
