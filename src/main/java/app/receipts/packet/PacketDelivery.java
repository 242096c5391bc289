package app.receipts.packet;

import app.receipts.jobs.Jobs;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a packet request together with its job, then builds and delivers it from the job: the
 * summary message, then the Markdown and PDF files in the person's DM. Any failure is told to the
 * person with a Try again button.
 *
 * <p>A job that was running when its instance died is not run again: it may already have reached
 * Slack, and a second packet is worse than an honest "that didn't finish, try again". Jobs that had
 * not started run after a restart as if nothing happened.
 */
public final class PacketDelivery {
  public static final String TASK = "packet";
  private static final Logger log = LoggerFactory.getLogger(PacketDelivery.class);

  private final PacketBuilder builder;
  private final PacketBlocks blocks = new PacketBlocks();
  private final Jdbi jdbi;
  private final PacketRequestDao requests;
  private final Messenger messenger;
  private final PacketFailure failure;
  private final SlackClients slack;
  private final Clock clock;
  private final Jobs jobs;
  private final OneTimeTask<PacketJob> task;

  public PacketDelivery(
      PacketBuilder builder,
      Jdbi jdbi,
      Messenger messenger,
      SlackClients slack,
      Clock clock,
      Jobs jobs) {
    this.builder = builder;
    this.jdbi = jdbi;
    this.requests = jdbi.onDemand(PacketRequestDao.class);
    this.messenger = messenger;
    this.failure = new PacketFailure(messenger);
    this.slack = slack;
    this.clock = clock;
    this.jobs = jobs;
    this.task =
        Tasks.oneTime(TASK, PacketJob.class)
            .onFailure(this::gaveUp)
            .onDeadExecutionRevive()
            .execute(
                (instance, context) ->
                    // a revived dead execution counts as a failure; nothing else fails and reruns
                    run(instance.getData(), context.getExecution().consecutiveFailures > 0));
    jobs.add(task);
  }

  /**
   * The id of every packet job a workspace has or had, for purge-team: a packet job's id names only
   * its request row, and the row says whose it is.
   */
  public static Set<String> jobIdsOf(Handle handle, String teamId) {
    return handle
        .createQuery("SELECT id FROM packet_requests WHERE team_id = :teamId")
        .bind("teamId", teamId)
        .mapTo(Long.class)
        .list()
        .stream()
        .map(PacketJob::instanceId)
        .collect(Collectors.toSet());
  }

  /**
   * Records the request and its job in one commit, so the ack that follows always has a job behind
   * it. The request key (Slack's trigger or view id) makes a redelivery of the same request, on any
   * instance, build nothing.
   */
  public void request(
      String teamId, String userId, String requestKey, Period period, String responseUrl) {
    String key = requestKey != null ? requestKey : "unkeyed:" + UUID.randomUUID();
    Instant now = clock.instant();
    boolean fresh =
        jdbi.inTransaction(
            handle -> {
              PacketRequestDao dao = handle.attach(PacketRequestDao.class);
              if (dao.requested(teamId, userId, key, period.start(), period.end(), now) == 0) {
                return false;
              }
              PacketJob job = new PacketJob(dao.idOf(teamId, key), period.slug(), responseUrl);
              return jobs.schedule(handle, task.instance(job.instanceId(), job));
            });
    if (fresh) {
      jobs.wake();
    } else {
      log.info("Packet request {} arrived again; it is built once", key);
    }
  }

  private void run(PacketJob job, boolean interrupted) {
    Optional<PacketRequestDao.Request> found = requests.find(job.requestId());
    if (found.isEmpty() || !"REQUESTED".equals(found.get().status())) {
      return; // forgotten, or it finished before its instance stopped
    }
    PacketRequestDao.Request request = found.get();
    Period period = period(request, job);
    if (interrupted) {
      log.warn("Packet {} was interrupted by a restart; telling its owner", job.requestId());
      finish(job.requestId(), "FAILED", "interrupted");
      failure.tell(
          request.teamId(),
          dmOrNull(request.teamId(), request.userId()),
          period,
          "Receipts restarted while it was being sent",
          job.responseUrl());
      return;
    }
    deliver(job.requestId(), request.teamId(), request.userId(), period, job.responseUrl());
  }

  private void deliver(long id, String teamId, String userId, Period period, String responseUrl) {
    String dm;
    try {
      dm = messenger.openDm(teamId, userId);
    } catch (SlackCallException e) {
      finish(id, "FAILED", e.error());
      messenger.respond(
          responseUrl,
          "I couldn't open a DM with you to deliver your packet ("
              + e.error()
              + "). Please try"
              + " `/win packet` again in a moment.");
      return;
    }
    try {
      PacketFiles files = builder.build(teamId, userId, displayName(teamId, userId), period);
      messenger.post(teamId, dm, summary(files.packet()), blocks.render(files.packet()));
      messenger.upload(
          teamId,
          dm,
          "Markdown to paste, PDF to print or hand over.",
          List.of(
              new Messenger.DmFile(
                  files.markdownName(), files.markdown().getBytes(StandardCharsets.UTF_8)),
              new Messenger.DmFile(files.pdfName(), files.pdf())));
      finish(id, "DELIVERED", null);
    } catch (RuntimeException e) {
      String reason = e instanceof SlackCallException call ? call.error() : "build_failed";
      log.warn("Packet {} failed: {}", id, reason, e instanceof SlackCallException ? null : e);
      finish(id, "FAILED", reason);
      failure.tell(teamId, dm, period, reason, responseUrl);
    }
  }

  /** The notification line of the summary: the period and the counts, never entry text. */
  static String summary(Packet packet) {
    return "Your review packet for "
        + packet.period().label()
        + ": "
        + MarkdownPacketRenderer.plural(packet.winCount(), "win", "wins")
        + ", "
        + packet.praiseCount()
        + " praise, "
        + MarkdownPacketRenderer.plural(packet.gaps().size(), "gap", "gaps")
        + ".";
  }

  /** Something escaped the job (the database, most likely): no rerun, the person is told. */
  private void gaveUp(ExecutionComplete complete, ExecutionOperations<PacketJob> operations) {
    operations.remove();
    PacketJob job = (PacketJob) complete.getExecution().taskInstance.getData();
    log.warn("Packet {} failed", job.requestId(), complete.getCause().orElse(null));
    try {
      requests
          .find(job.requestId())
          .ifPresent(
              request -> {
                finish(job.requestId(), "FAILED", "internal_error");
                failure.tell(
                    request.teamId(),
                    dmOrNull(request.teamId(), request.userId()),
                    period(request, job),
                    "something went wrong on our side",
                    job.responseUrl());
              });
    } catch (RuntimeException e) {
      log.warn("Could not tell the owner of packet {} that it failed", job.requestId(), e);
    }
  }

  private static Period period(PacketRequestDao.Request request, PacketJob job) {
    return job.slug() == null
        ? Period.between(request.periodStart(), request.periodEnd())
        : Period.named(request.periodStart(), request.periodEnd(), job.slug());
  }

  private String dmOrNull(String teamId, String userId) {
    try {
      return messenger.openDm(teamId, userId);
    } catch (SlackCallException e) {
      return null;
    }
  }

  private String displayName(String teamId, String userId) {
    try {
      UsersInfoResponse info =
          SlackCalls.ok("users.info", () -> slack.forTeam(teamId).usersInfo(r -> r.user(userId)));
      var profile = info.getUser().getProfile();
      if (profile != null && profile.getRealName() != null && !profile.getRealName().isBlank()) {
        return profile.getRealName();
      }
      return info.getUser().getName() == null ? userId : info.getUser().getName();
    } catch (SlackCallException e) {
      return userId;
    }
  }

  private void finish(long id, String status, String error) {
    requests.finished(id, status, error, clock.instant());
  }
}
