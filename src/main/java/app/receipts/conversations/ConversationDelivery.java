package app.receipts.conversations;

import app.receipts.jobs.Jobs;
import app.receipts.packet.Period;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackClients;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a rebuttal or bonus request together with its job, then builds and delivers it from the
 * job: the summary in the person's DM, then the Markdown and PDF files.
 *
 * <p>Unlike the review packet, a job whose instance died is run again: the document is rebuilt from
 * the stored inputs (it is deterministic), and a summary already posted ({@code POSTED}) is not
 * posted twice, so only the files follow. A job that keeps dying is given up and told.
 */
final class ConversationDelivery {
  static final String TASK = "conversation";
  private static final int MAX_REVIVALS = 3;
  private static final Logger log = LoggerFactory.getLogger(ConversationDelivery.class);

  private final ConversationBuilder builder;
  private final Jdbi jdbi;
  private final ConversationRequestDao requests;
  private final Messenger messenger;
  private final Clock clock;
  private final Jobs jobs;
  private final DeliveryFailures failures;
  private final OneTimeTask<ConversationJob> task;

  ConversationDelivery(
      ConversationBuilder builder,
      Jdbi jdbi,
      Messenger messenger,
      SlackClients clients,
      Clock clock,
      Jobs jobs) {
    this.builder = builder;
    this.jdbi = jdbi;
    this.requests = jdbi.onDemand(ConversationRequestDao.class);
    this.messenger = messenger;
    this.clock = clock;
    this.jobs = jobs;
    this.failures =
        new DeliveryFailures(requests, messenger, new Unreachable(messenger, clients), clock);
    this.task =
        Tasks.oneTime(TASK, ConversationJob.class)
            .onFailure(this::gaveUp)
            .onDeadExecution(this::revive)
            .execute(
                (instance, context) ->
                    run(instance.getData(), context.getExecution().consecutiveFailures));
    jobs.add(task);
  }

  /**
   * Records the request and its job in one commit, so the ack that follows always has a job behind
   * it; a redelivery of the same submission (same key) builds nothing.
   */
  void request(
      String teamId,
      String userId,
      String requestKey,
      Kind kind,
      Period period,
      Inputs inputs,
      String responseUrl,
      String viewId) {
    String key = requestKey != null ? requestKey : "unkeyed:" + UUID.randomUUID();
    boolean fresh =
        jdbi.inTransaction(
            handle -> {
              ConversationRequestDao dao = handle.attach(ConversationRequestDao.class);
              int inserted =
                  dao.requested(
                      teamId,
                      userId,
                      key,
                      kind.name(),
                      period.start(),
                      period.end(),
                      period.slug(),
                      inputs.json(),
                      clock.instant());
              if (inserted == 0) {
                return false;
              }
              ConversationJob job = new ConversationJob(dao.idOf(teamId, key), responseUrl, viewId);
              return jobs.schedule(handle, task.instance(job.instanceId(), job));
            });
    if (fresh) {
      jobs.wake();
    } else {
      log.info("Conversation request {} arrived again; it is built once", key);
    }
  }

  private void run(ConversationJob job, int revivals) {
    Optional<ConversationRequestDao.Request> found = requests.find(job.requestId());
    if (found.isEmpty() || !open(found.get().status())) {
      return; // forgotten, or it finished before its instance stopped
    }
    ConversationRequestDao.Request request = found.get();
    Kind kind = Kind.valueOf(request.kind());
    if (revivals >= MAX_REVIVALS) {
      log.warn("Conversation {} died {} times; giving up", job.requestId(), revivals);
      failures.fail(request, job, kind, null, "it was interrupted too many times");
      return;
    }
    String dm;
    try {
      dm = messenger.openDm(request.teamId(), request.userId());
    } catch (SlackCallException e) {
      failures.noDm(request, job, kind, e.error());
      return;
    }
    try {
      Documents documents = builder.build(request);
      if (request.status().equals("REQUESTED")) {
        messenger.post(request.teamId(), dm, documents.text(), documents.blocks());
        move(request.id(), "POSTED", null);
      }
      messenger.upload(
          request.teamId(),
          dm,
          "Markdown to edit, PDF to print. Only you can see these.",
          List.of(
              new Messenger.DmFile(
                  documents.markdownName(), documents.markdown().getBytes(StandardCharsets.UTF_8)),
              new Messenger.DmFile(documents.pdfName(), documents.pdf())));
      move(request.id(), "DELIVERED", null);
    } catch (RuntimeException e) {
      String reason = e instanceof SlackCallException call ? call.error() : "build_failed";
      log.warn(
          "Conversation {} failed: {}",
          request.id(),
          reason,
          e instanceof SlackCallException ? null : e);
      failures.fail(request, job, kind, dm, reason);
    }
  }

  /**
   * Runs a dead instance's job again now, and says so to the scheduler: a revived execution would
   * otherwise wait for its next poll, seconds after a restart that found it.
   */
  private void revive(ExecutionComplete complete, ExecutionOperations<ConversationJob> operations) {
    ConversationJob job = (ConversationJob) complete.getExecution().taskInstance.getData();
    log.info("Reviving conversation {}, whose instance stopped heartbeating", job.requestId());
    operations.reschedule(complete, clock.instant());
    jobs.wake();
  }

  private static boolean open(String status) {
    return status.equals("REQUESTED") || status.equals("POSTED");
  }

  /** Something escaped the job (the database, most likely): no rerun, the person is told. */
  private void gaveUp(ExecutionComplete complete, ExecutionOperations<ConversationJob> operations) {
    operations.remove();
    ConversationJob job = (ConversationJob) complete.getExecution().taskInstance.getData();
    log.warn("Conversation {} failed", job.requestId(), complete.getCause().orElse(null));
    try {
      requests
          .find(job.requestId())
          .filter(request -> open(request.status()))
          .ifPresent(
              request ->
                  failures.fail(
                      request,
                      job,
                      Kind.valueOf(request.kind()),
                      null,
                      "something went wrong on our side"));
    } catch (RuntimeException e) {
      log.warn("Could not tell the owner of conversation {} it failed", job.requestId(), e);
    }
  }

  private void move(long id, String status, String error) {
    requests.moved(id, status, error, clock.instant());
  }
}
