package app.receipts.reminders;

import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one reminder DM under a delivery claim: at most once per person and slot. Everything that
 * can fail without sending (composing, opening the DM) happens before the claim moves to posting,
 * so a failure there gives the claim back and a retry sends. A DM that may have reached Slack
 * counts as sent; one that certainly did not gives its claim back.
 */
final class ClaimedDm {
  private static final Logger log = LoggerFactory.getLogger(NudgeSender.class);

  /** Slack errors that mean this person cannot be messaged, so retrying would only loop. */
  private static final Set<String> UNREACHABLE =
      Set.of(
          "cannot_dm_bot", "user_disabled", "account_inactive", "user_not_found", "not_in_channel");

  /**
   * One reminder DM: a message, or files with {@code text} as their comment; {@code instead} is
   * posted when such files certainly could not be shared.
   */
  record Message(
      String text, List<LayoutBlock> blocks, List<Messenger.DmFile> files, Message instead) {
    Message {
      files = files == null ? List.of() : List.copyOf(files);
      if (!files.isEmpty() && instead == null) {
        throw new IllegalArgumentException("A DM with files needs one to send without them");
      }
    }

    Message(String text, List<LayoutBlock> blocks) {
      this(text, blocks, List.of(), null);
    }

    static Message withFiles(String comment, List<Messenger.DmFile> files, Message instead) {
      return new Message(comment, null, files, instead);
    }
  }

  enum Result {
    /** Posted, or may have reached Slack: counts as sent. */
    SENT,
    /** Not sent: the slot is taken, there was nothing to say, or the person cannot be reached. */
    NOT_SENT,
    UNREACHABLE
  }

  private final ReminderDao dao;
  private final Messenger messenger;
  private final Clock clock;

  ClaimedDm(ReminderDao dao, Messenger messenger, Clock clock) {
    this.dao = dao;
    this.messenger = messenger;
    this.clock = clock;
  }

  /** Records the slot as handled without sending anything (away status, a quiet week). */
  void skip(NudgeData data) {
    DeliveryClaim.take(dao, clock, data).ifPresent(DeliveryClaim::skip);
  }

  Result send(NudgeData data, Supplier<Optional<Message>> compose) {
    Optional<DeliveryClaim> claim = DeliveryClaim.take(dao, clock, data);
    if (claim.isEmpty()) {
      return Result.NOT_SENT;
    }
    try {
      return deliver(data, compose, claim.get());
    } catch (SlackCallException e) {
      if (!UNREACHABLE.contains(e.error())) {
        throw e;
      }
      log.info("Reminders stopped for a user Slack says cannot be messaged: {}", e.error());
      if (dao.markBlocked(data.teamId(), data.userId(), clock.instant()) == 0) {
        dao.save(
            ReminderSettings.defaults(data.teamId(), data.userId()).blocked(), clock.instant());
      }
      return Result.UNREACHABLE;
    }
  }

  private Result deliver(NudgeData data, Supplier<Optional<Message>> compose, DeliveryClaim claim) {
    Optional<Message> message;
    String channel = null;
    try {
      message = compose.get();
      if (message.isPresent()) {
        channel = messenger.openDm(data.teamId(), data.userId());
      }
    } catch (RuntimeException e) {
      release(claim, e);
      throw e;
    }
    if (message.isEmpty()) {
      claim.release();
      return Result.NOT_SENT;
    }
    if (!claim.startPosting()) {
      log.info("A {} reminder claim was taken over by a revived run; not sending", data.kind());
      return Result.NOT_SENT;
    }
    boolean answeredOk;
    try {
      post(data, channel, message.get());
      answeredOk = true;
    } catch (RuntimeException e) {
      if (SendFailures.certainlyNotDelivered(e)) {
        release(claim, e);
        throw e;
      }
      answeredOk = false;
      log.warn(
          "A {} reminder may have reached Slack although chat.postMessage failed ({}); it counts"
              + " as sent and is not sent again",
          data.kind(),
          reason(e));
    }
    if (answeredOk) {
      claim.sent();
    } else {
      claim.maybeSent();
    }
    return Result.SENT;
  }

  /**
   * Files go with their comment in one share, so the DM carries them; when Slack certainly shared
   * nothing (not for a 429, which waits and retries), the message without them goes instead.
   */
  private void post(NudgeData data, String channel, Message message) {
    if (message.files().isEmpty()) {
      messenger.post(data.teamId(), channel, message.text(), message.blocks());
      return;
    }
    try {
      messenger.upload(data.teamId(), channel, message.text(), message.files());
    } catch (RuntimeException e) {
      if (!SendFailures.certainlyNotDelivered(e)
          || (e instanceof SlackCallException slack && slack.rateLimited())) {
        throw e;
      }
      log.warn(
          "A {} reminder's files could not be shared ({}); sending it without",
          data.kind(),
          reason(e));
      messenger.post(data.teamId(), channel, message.instead().text(), message.instead().blocks());
    }
  }

  private static void release(DeliveryClaim claim, RuntimeException failure) {
    try {
      claim.release();
    } catch (RuntimeException alsoFailed) {
      // the claim stays; a later run of this execution takes it over
      failure.addSuppressed(alsoFailed);
    }
  }

  private static String reason(RuntimeException e) {
    if (e instanceof SlackCallException slack) {
      return slack.getCause() == null
          ? slack.error()
          : slack.error() + ", " + slack.getCause().getClass().getSimpleName();
    }
    return e.getClass().getSimpleName();
  }
}
