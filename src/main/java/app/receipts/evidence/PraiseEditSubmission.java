package app.receipts.evidence;

import app.receipts.entries.Entry;
import app.receipts.entries.PraiseEntries;
import app.receipts.slack.Messenger;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves an edit of kept praise: only the submitting person's own praise changes, whatever the
 * metadata names, and only its note and competency.
 */
final class PraiseEditSubmission implements ViewSubmissionHandler {
  private static final Logger log = LoggerFactory.getLogger(PraiseEditSubmission.class);
  static final String NOT_YOURS =
      "That praise was deleted, or it isn't yours to change. `/win list` shows your entries.";

  private final PraiseEntries entries;
  private final Messenger messenger;
  private final Executor executor;

  PraiseEditSubmission(PraiseEntries entries, Messenger messenger, Executor executor) {
    this.entries = entries;
    this.messenger = messenger;
    this.executor = executor;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    View view = req.getPayload().getView();
    Optional<PraiseEditMetadata> metadata =
        Metadata.read(view.getPrivateMetadata(), PraiseEditMetadata.class);
    Long id = metadata.map(PraiseEditMetadata::entryId).orElse(null);
    if (id == null) {
      throw new UserFacingException(NOT_YOURS);
    }
    PraiseModal.Choice choice = PraiseModal.read(view.getState(), userId);
    if (choice.competency() == null) {
      return ctx.ackWithErrors(
          Views.fieldErrors(Map.of(EvidenceIds.COMPETENCY_BLOCK, "Pick the competency it shows.")));
    }
    if (choice.note() != null && choice.note().length() > PraiseEditModal.MAX_NOTE) {
      return ctx.ackWithErrors(
          Views.fieldErrors(
              Map.of(
                  EvidenceIds.NOTE_BLOCK,
                  "Keep the note under "
                      + PraiseEditModal.MAX_NOTE
                      + " characters (it has "
                      + choice.note().length()
                      + ").")));
    }
    Entry edited =
        entries
            .editPraise(teamId, userId, id, choice.note(), choice.competency())
            .orElseThrow(() -> new UserFacingException(NOT_YOURS));
    String channelId = metadata.get().channelId();
    if (channelId != null) {
      executor.execute(() -> confirm(teamId, channelId, userId, edited));
    }
    return ctx.ack();
  }

  private void confirm(String teamId, String channelId, String userId, Entry edited) {
    String text =
        ":pencil2: Updated your praise #"
            + edited.id()
            + ": "
            + edited.competency().label()
            + (edited.note() == null ? ", no note." : ", with your note.");
    try {
      messenger.tell(teamId, channelId, userId, text, List.of());
    } catch (SlackCallException e) {
      log.warn("Could not confirm a praise edit: {}", e.error());
    }
  }
}
