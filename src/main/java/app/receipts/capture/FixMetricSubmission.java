package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.slack.Messenger;
import app.receipts.slack.Metadata;
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

/** Saves the Fix metric modal; a bad line, a gone win or a failed write stay in the modal. */
final class FixMetricSubmission implements ViewSubmissionHandler {
  static final String GONE = "That win was removed, or it isn't yours to change.";
  static final String NOT_SAVED =
      "The metric was not saved: Receipts could not write to its database. Please save again in a"
          + " minute.";
  private static final Logger log = LoggerFactory.getLogger(FixMetricSubmission.class);

  private final FixMetrics fixes;
  private final Messenger messenger;
  private final Executor executor;

  FixMetricSubmission(FixMetrics fixes, Messenger messenger, Executor executor) {
    this.fixes = fixes;
    this.messenger = messenger;
    this.executor = executor;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    View view = req.getPayload().getView();
    Optional<FixMetricMetadata> metadata =
        Metadata.read(view.getPrivateMetadata(), FixMetricMetadata.class)
            .filter(m -> m.entryId() != null);
    if (metadata.isEmpty()) {
      return ctx.ackWithErrors(Views.fieldErrors(Map.of(CaptureIds.METRIC_BLOCK, GONE)));
    }
    Optional<Entry> fixed;
    try {
      fixed =
          fixes.fix(teamId, userId, metadata.get().entryId(), FixMetricModal.read(view.getState()));
    } catch (InvalidWinException e) {
      return ctx.ackWithErrors(Views.fieldErrors(e.problems()));
    } catch (RuntimeException e) {
      log.warn("A metric fix could not be stored, and the person was told so: {}", e.toString());
      return ctx.ackWithErrors(Views.fieldErrors(Map.of(CaptureIds.METRIC_BLOCK, NOT_SAVED)));
    }
    if (fixed.isEmpty()) {
      return ctx.ackWithErrors(Views.fieldErrors(Map.of(CaptureIds.METRIC_BLOCK, GONE)));
    }
    Entry win = fixed.get();
    // the ack the person clicked Fix metric on is redrawn with the fixed metric, so no stale
    // metric (and no second Fix metric) is left above a new message
    executor.execute(
        () ->
            messenger.replaceOrTell(
                teamId,
                metadata.get().responseUrl(),
                metadata.get().channelId(),
                userId,
                "Fixed the metric of win #" + win.id() + ".",
                CaptureBlocks.saved(win, true, List.of())));
    return ctx.ack();
  }
}
