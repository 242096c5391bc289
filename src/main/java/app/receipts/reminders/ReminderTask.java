package app.receipts.reminders;

import app.receipts.slack.SlackCallException;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one db-scheduler task behind every reminder. db-scheduler makes each execution run on one
 * instance at a time and revives it elsewhere when that instance stops heartbeating; the delivery
 * claim in {@link NudgeSender} makes each slot go out at most once.
 */
public final class ReminderTask {
  public static final String NAME = "reminder";
  static final int MAX_ATTEMPTS = 6;

  /**
   * An execution whose instance died (kill -9, lost host) stays picked until no heartbeat came for
   * {@link #DEAD_AFTER}; then any running scheduler revives it, checking every two heartbeat
   * intervals. db-scheduler's defaults (5 min × 6) would leave a slot's people waiting half an
   * hour; this revives within about 40 s. A heartbeat is one UPDATE per running execution.
   */
  public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(5);

  public static final int MISSED_HEARTBEATS = 6;
  public static final Duration DEAD_AFTER = HEARTBEAT_INTERVAL.multipliedBy(MISSED_HEARTBEATS);
  private static final Logger log = LoggerFactory.getLogger(ReminderTask.class);

  private final CustomTask<NudgeData> task;

  public ReminderTask(NudgeSender sender, Clock clock) {
    this.task =
        Tasks.custom(NAME, NudgeData.class)
            .onFailure(new Retry(clock))
            .onDeadExecution(new Revive(clock))
            .execute(
                (instance, context) -> {
                  NudgeSender.Next next;
                  try {
                    next = sender.send(instance.getData());
                  } catch (SlackCallException e) {
                    if (!e.rateLimited()) {
                      throw e;
                    }
                    // Slack asked us to wait: not a failure, and no backoff beyond what it asked
                    Instant later = clock.instant().plusSeconds(e.retryAfterSeconds().orElse(1));
                    return (complete, operations) -> operations.reschedule(complete, later);
                  }
                  next.alsoSchedule()
                      .ifPresent(
                          other ->
                              context
                                  .getSchedulerClient()
                                  .scheduleIfNotExists(
                                      task().instance(other.instanceId(), other),
                                      Instant.ofEpochMilli(other.atMillis())));
                  return (complete, operations) -> {
                    if (next.again().isPresent()) {
                      NudgeData again = next.again().get();
                      operations.reschedule(
                          complete, Instant.ofEpochMilli(again.atMillis()), again);
                    } else {
                      operations.remove();
                    }
                  };
                });
  }

  public CustomTask<NudgeData> task() {
    return task;
  }

  /**
   * Runs a dead instance's execution again now. The rerun finishes the slot: it takes over a claim
   * its dead run left unsent and skips one whose DM was under way (see {@link DeliveryClaim}).
   * db-scheduler's own reviver reads the wall clock instead of the injected one.
   */
  private static final class Revive implements DeadExecutionHandler<NudgeData> {
    private final Clock clock;

    Revive(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void deadExecution(
        ExecutionComplete complete, ExecutionOperations<NudgeData> operations) {
      NudgeData data = (NudgeData) complete.getExecution().taskInstance.getData();
      log.info(
          "Reviving a {} reminder whose instance stopped heartbeating (picked by {})",
          data.kind(),
          complete.getExecution().pickedBy);
      operations.reschedule(complete, clock.instant());
    }
  }

  /**
   * Back off (1, 2, 4… minutes); after {@value #MAX_ATTEMPTS} attempts log once and move on to the
   * next weekly slot (or drop a one-off). A 429 never gets here: the task itself reschedules it for
   * exactly as long as Slack asks.
   */
  private static final class Retry implements FailureHandler<NudgeData> {
    private final Clock clock;

    Retry(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<NudgeData> operations) {
      Instant now = clock.instant();
      Throwable cause = complete.getCause().orElse(null);
      int failures = complete.getExecution().consecutiveFailures + 1;
      if (failures < MAX_ATTEMPTS) {
        operations.reschedule(complete, now.plus(Duration.ofMinutes(1L << (failures - 1))));
        return;
      }
      NudgeData data = (NudgeData) complete.getExecution().taskInstance.getData();
      String reason =
          cause instanceof SlackCallException slack ? slack.error() : String.valueOf(cause);
      log.warn("Giving up on a {} reminder after {} attempts: {}", data.kind(), failures, reason);
      if (data.kind() == NudgeData.Kind.WEEKLY) {
        LocalDate nextWeek = LocalDate.parse(data.localDate()).plusDays(7);
        Slot next =
            new Slot(
                Instant.ofEpochMilli(data.atMillis()).plus(Duration.ofDays(7)),
                nextWeek,
                SlotKey.weekly(nextWeek));
        operations.reschedule(
            complete, next.at(), NudgeData.of(data.teamId(), data.userId(), data.kind(), next));
      } else {
        operations.remove();
      }
    }
  }
}
