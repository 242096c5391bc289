package app.receipts.mydata;

import static com.slack.api.model.block.Blocks.asBlocks;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.jobs.Jobs;
import app.receipts.slack.BlockKit;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackDeliveries;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export as a job in the database: claimed and scheduled in one commit before the ack, run by
 * the scheduler, and, like a packet, not rerun when its instance died mid-run (the files may have
 * reached Slack): the person is told, with a Try again button.
 */
public final class ExportJob {
  public static final String TASK = "export";
  public static final String RETRY_BUTTON = "export-retry";
  private static final Logger log = LoggerFactory.getLogger(ExportJob.class);

  /** One export: whose, and where to answer when the DM cannot be reached. */
  record Data(String teamId, String userId, String responseUrl) {}

  private final Jdbi jdbi;
  private final EntryReads entries;
  private final Messenger messenger;
  private final SlackDeliveries deliveries;
  private final Jobs jobs;
  private final Clock clock;
  private final ExportFormats formats;
  private final OneTimeTask<Data> task;

  public ExportJob(
      Jdbi jdbi,
      EntryReads entries,
      Messenger messenger,
      SlackDeliveries deliveries,
      Jobs jobs,
      Clock clock,
      DisplayNames names) {
    this.jdbi = jdbi;
    this.formats = new ExportFormats(names::of);
    this.entries = entries;
    this.messenger = messenger;
    this.deliveries = deliveries;
    this.jobs = jobs;
    this.clock = clock;
    this.task =
        Tasks.oneTime(TASK, Data.class)
            .onFailure(this::gaveUp)
            .onDeadExecutionRevive()
            .execute(
                (instance, context) ->
                    // a revived dead execution counts as a failure; nothing else fails and reruns
                    run(instance.getData(), context.getExecution().consecutiveFailures > 0));
    jobs.add(task);
  }

  /**
   * Claims the Slack id and schedules the export in one commit: a redelivery of the same command
   * exports nothing more, and a claim never exists without its job.
   */
  void request(String teamId, String userId, String slackId, String responseUrl) {
    String id = ExportTaskId.of(teamId, userId, slackId).value();
    boolean fresh =
        jdbi.inTransaction(
            handle ->
                (slackId == null || deliveries.first(teamId, "export:" + slackId))
                    && jobs.schedule(
                        handle, task.instance(id, new Data(teamId, userId, responseUrl))));
    if (fresh) {
      jobs.wake();
    }
  }

  /** The Try again button of a failed export. */
  BlockActionHandler retry() {
    return (req, ctx) -> {
      request(
          ctx.getTeamId(),
          ctx.getRequestUserId(),
          "action:" + req.getPayload().getTriggerId(),
          req.getPayload().getResponseUrl());
      return ctx.ack();
    };
  }

  /** The person's exports still waiting to run, which forget-me deletes. */
  public UserData queued() {
    return UserData.of("queued exports", this::forgetQueued);
  }

  private int forgetQueued(String teamId, String userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM scheduled_tasks WHERE task_name = :task"
                        + " AND task_instance LIKE :prefix AND picked = :picked")
                .bind("task", TASK)
                .bind("prefix", ExportTaskId.likePerson(teamId, userId))
                .bind("picked", false)
                .execute());
  }

  private void run(Data data, boolean interrupted) {
    String dm = dmOrNull(data);
    if (interrupted) {
      log.warn("An export was interrupted by a restart; telling its owner");
      tellFailure(data, dm, "Receipts restarted while it was being sent");
      return;
    }
    if (dm == null) {
      tellFailure(data, null, "I couldn't open a DM with you");
      return;
    }
    try {
      Instant now = clock.instant();
      List<Entry> all = entries.all(data.teamId(), data.userId());
      String stamp = now.toString().substring(0, 10);
      byte[] json =
          formats
              .json(
                  data.teamId(),
                  data.userId(),
                  now,
                  all,
                  entries.allMetrics(data.teamId(), data.userId()))
              .getBytes(StandardCharsets.UTF_8);
      byte[] csv = formats.csv(data.teamId(), all).getBytes(StandardCharsets.UTF_8);
      messenger.upload(
          data.teamId(),
          dm,
          "Your " + all.size() + " entries, as of " + stamp + ".",
          List.of(
              new Messenger.DmFile("receipts-" + stamp + ".json", json),
              new Messenger.DmFile("receipts-" + stamp + ".csv", csv)));
    } catch (SlackCallException e) {
      tellFailure(data, dm, e.error());
    }
  }

  private void gaveUp(ExecutionComplete complete, ExecutionOperations<Data> operations) {
    operations.remove();
    Data data = (Data) complete.getExecution().taskInstance.getData();
    log.warn("An export failed", complete.getCause().orElse(null));
    try {
      tellFailure(data, dmOrNull(data), "something went wrong on our side");
    } catch (RuntimeException e) {
      log.warn("Could not tell the owner of an export that it failed", e);
    }
  }

  private String dmOrNull(Data data) {
    try {
      return messenger.openDm(data.teamId(), data.userId());
    } catch (SlackCallException e) {
      return null;
    }
  }

  private void tellFailure(Data data, String dm, String reason) {
    String text = ":warning: Your export failed (" + reason + "). Nothing was lost: try again?";
    messenger.tellFailure(
        data.teamId(),
        dm,
        text,
        asBlocks(
            BlockKit.text(text),
            BlockKit.buttons(BlockKit.primary(RETRY_BUTTON, "Try again", "export"))),
        data.responseUrl(),
        ":warning: Your export failed ("
            + reason
            + "). Nothing was lost: run `/win export` again.");
  }
}
