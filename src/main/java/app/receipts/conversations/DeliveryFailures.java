package app.receipts.conversations;

import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import java.time.Clock;

/**
 * A conversation packet that cannot be delivered: its request is marked FAILED with the reason, and
 * the person is told, in their DM when it can be reached, else where they asked ({@link
 * Unreachable}). Their entries are never touched, and the message says so.
 */
final class DeliveryFailures {
  private final ConversationRequestDao requests;
  private final Messenger messenger;
  private final Unreachable unreachable;
  private final Clock clock;

  DeliveryFailures(
      ConversationRequestDao requests, Messenger messenger, Unreachable unreachable, Clock clock) {
    this.requests = requests;
    this.messenger = messenger;
    this.unreachable = unreachable;
    this.clock = clock;
  }

  /** No DM could be opened: nothing was sent, so the answer goes where they asked. */
  void noDm(ConversationRequestDao.Request request, ConversationJob job, Kind kind, String error) {
    failed(request, error);
    unreachable.tell(
        request.teamId(),
        job,
        ":warning: I couldn't open a DM with you to send your "
            + kind.word()
            + " packet ("
            + error
            + "), so nothing was sent. Your entries are safe; run `/win packet "
            + kind.word()
            + "` to try again.");
  }

  /** Building or sending failed; {@code dm} is the person's DM when it was opened, else null. */
  void fail(
      ConversationRequestDao.Request request,
      ConversationJob job,
      Kind kind,
      String dm,
      String reason) {
    failed(request, reason);
    String text =
        ":warning: I couldn't finish your "
            + kind.word()
            + " packet ("
            + reason
            + "). Your entries are safe; run `/win packet "
            + kind.word()
            + "` again to build it.";
    try {
      if (dm == null) {
        messenger.dm(request.teamId(), request.userId(), text, null);
      } else {
        messenger.post(request.teamId(), dm, text, null);
      }
    } catch (SlackCallException e) {
      // the DM is out of reach: the command's response_url or the modal are left
      unreachable.tell(request.teamId(), job, text);
    }
  }

  private void failed(ConversationRequestDao.Request request, String reason) {
    requests.moved(request.id(), "FAILED", reason, clock.instant());
  }
}
