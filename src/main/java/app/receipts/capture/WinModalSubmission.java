package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.people.People;
import app.receipts.slack.Messenger;
import app.receipts.slack.Metadata;
import app.receipts.slack.NotSavedException;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a new win or an edit from the modal; field errors go back into the modal. A new win with
 * "I'll have the number later" ticked is noted for the metric follow-up before the modal closes.
 */
final class WinModalSubmission implements ViewSubmissionHandler {
  private static final Logger log = LoggerFactory.getLogger(WinModalSubmission.class);
  static final String NOT_SAVED =
      "This win was not saved: Receipts could not write to its database. Please submit again in"
          + " a minute.";

  static final String LATER_NOT_NOTED =
      "Your win was saved, but I could not note that its number comes later. Please submit again"
          + " in a minute; the win is not saved twice.";

  private final Wins wins;
  private final People people;
  private final Messenger messenger;
  private final Executor executor;
  private final CaptureFeature.MetricPending pending;

  WinModalSubmission(
      Wins wins,
      People people,
      Messenger messenger,
      Executor executor,
      CaptureFeature.MetricPending pending) {
    this.wins = wins;
    this.people = people;
    this.messenger = messenger;
    this.executor = executor;
    this.pending = pending;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    View view = req.getPayload().getView();
    WinModalMetadata metadata =
        Metadata.read(view.getPrivateMetadata(), WinModalMetadata.class)
            .orElse(new WinModalMetadata(null, null));
    WinDraft draft = WinModal.read(view.getState());
    Entry entry;
    boolean updated = metadata.entryId() != null;
    try {
      if (updated) {
        Optional<Entry> changed =
            wins.updateWin(teamId, userId, metadata.entryId(), draft, people.today(teamId, userId));
        entry =
            changed.orElseThrow(
                () ->
                    new UserFacingException(
                        "That entry no longer exists, so nothing was changed."));
      } else {
        entry =
            wins.captureWin(teamId, userId, draft, people.today(teamId, userId), captureKey(view));
      }
    } catch (InvalidWinException e) {
      return ctx.ackWithErrors(Views.fieldErrors(e.problems()));
    } catch (NotSavedException e) {
      // the modal stays open with what they typed, so submitting again is one click
      return ctx.ackWithErrors(Views.fieldErrors(Map.of(CaptureIds.TEXT_BLOCK, NOT_SAVED)));
    }
    if (!updated && WinModal.metricLater(view.getState())) {
      try {
        pending.later(teamId, userId, entry.id());
      } catch (RuntimeException e) {
        // the view id is the capture key: submitting again finds this win and notes it then
        log.warn("A pending metric could not be noted: {}", e.toString());
        return ctx.ackWithErrors(
            Views.fieldErrors(Map.of(WinModal.METRIC_LATER_BLOCK, LATER_NOT_NOTED)));
      }
    }
    executor.execute(
        () ->
            messenger.tell(
                teamId,
                metadata.channelId(),
                userId,
                CaptureBlocks.savedText(entry),
                CaptureBlocks.saved(entry, updated)));
    return ctx.ack();
  }

  /** Slack keeps a view's id across a retried submission; without one there is nothing to key. */
  private static String captureKey(View view) {
    return view.getId() == null || view.getId().isBlank() ? null : "view:" + view.getId();
  }
}
