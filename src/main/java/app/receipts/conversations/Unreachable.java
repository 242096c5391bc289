package app.receipts.conversations;

import app.receipts.slack.Messenger;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import app.receipts.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person something about their packet when their DM is out of reach: ephemerally through
 * the response_url of the command or message button that opened the modal; from App Home, which has
 * none, in the modal they submitted, which shows "Preparing it…" while the job starts.
 */
final class Unreachable {
  private static final Logger log = LoggerFactory.getLogger(Unreachable.class);

  private final Messenger messenger;
  private final SlackClients clients;

  Unreachable(Messenger messenger, SlackClients clients) {
    this.messenger = messenger;
    this.clients = clients;
  }

  void tell(String teamId, ConversationJob job, String text) {
    if (job.responseUrl() != null && messenger.respond(job.responseUrl(), text)) {
      return;
    }
    if (job.viewId() != null) {
      try {
        SlackCalls.ok(
            "views.update",
            () ->
                clients
                    .forTeam(teamId)
                    .viewsUpdate(r -> r.viewId(job.viewId()).view(Views.notice("Not sent", text))));
        return;
      } catch (SlackCallException e) {
        // closed by now: Slack leaves no other way to reach them
      }
    }
    log.warn("Could not tell the owner of conversation {} about it", job.requestId());
  }
}
