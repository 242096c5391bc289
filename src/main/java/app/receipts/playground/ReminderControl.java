package app.receipts.playground;

import app.receipts.Running;
import app.receipts.jobs.Jobs;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * "Fire the next reminder now": moves the bot's clock to the person's next reminder and wakes the
 * scheduler, which runs it as it would have at that moment. No waiting on wall time.
 */
final class ReminderControl {
  private final Running running;
  private final PlayClock clock;
  private final SchedulerClient client;

  ReminderControl(Running running, PlayClock clock) {
    this.running = running;
    this.clock = clock;
    this.client = Jobs.client(running.database().dataSource(), running.reminderTask().task());
  }

  /** When the person's next reminder (a nudge, a review reminder or a follow-up) is due. */
  Optional<Instant> next(String user) {
    return client.getScheduledExecutions().stream()
        .filter(e -> e.getTaskInstance().getId().contains("|" + user))
        .map(ScheduledExecution::getExecutionTime)
        .min(Comparator.naturalOrder());
  }

  /** Jumps to the next reminder and runs it; says when that was, empty when none is planned. */
  Optional<Instant> fireNext(String user) {
    Optional<Instant> next = next(user);
    next.ifPresent(
        when -> {
          clock.jumpTo(when);
          running.jobs().wake();
        });
    return next;
  }
}
